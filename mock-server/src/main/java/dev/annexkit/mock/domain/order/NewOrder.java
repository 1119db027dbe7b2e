package dev.annexkit.mock.domain.order;

import java.time.Instant;
import java.util.List;

/**
 * A purchase to record (POST /orders). Amounts the platform does not compute with ({@code orderTotal},
 * {@code discountAmount}) are kept as sent.
 *
 * @param orderDate            null = now
 * @param disregardHoldPeriod  release the points at once even when the site holds purchase points
 */
public record NewOrder(String orderId, String memberId, String email, String firstName, String lastName,
                       String orderTotal, String discountAmount, List<String> coupons, String storeId,
                       String source, Instant orderDate, boolean disregardHoldPeriod, List<LineRequest> lines) {

    public NewOrder {
        coupons = coupons == null ? List.of() : List.copyOf(coupons);
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** A minimal order of a member. */
    public static NewOrder of(String orderId, String memberId, List<LineRequest> lines) {
        return new NewOrder(orderId, memberId, null, null, null, null, null, List.of(), null, null, null, false,
                lines);
    }

    public NewOrder withStore(String value) {
        return new NewOrder(orderId, memberId, email, firstName, lastName, orderTotal, discountAmount, coupons,
                value, source, orderDate, disregardHoldPeriod, lines);
    }

    public NewOrder disregardingHold() {
        return new NewOrder(orderId, memberId, email, firstName, lastName, orderTotal, discountAmount, coupons,
                storeId, source, orderDate, true, lines);
    }
}
