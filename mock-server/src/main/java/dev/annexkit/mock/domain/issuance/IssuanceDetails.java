package dev.annexkit.mock.domain.issuance;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the client says about a transaction whose points it computed itself: every field of a create or replace.
 * {@code status} is the label as sent ({@code SHIP}, {@code HOLD}); dates are kept as the text sent.
 */
public record IssuanceDetails(String orderId, String memberId, Integer actionId, String source, String coupon,
                              BigDecimal orderTotalSpend, Long orderTotalPoints, BigDecimal orderDiscountAmount,
                              String status, String pointType, String orderDate, String orderShipDate,
                              String storeId, List<IssuanceProduct> products) {

    public IssuanceDetails {
        products = products == null ? List.of() : List.copyOf(products);
    }

    /** The minimal transaction: id, member, action, points and status. */
    public static IssuanceDetails of(String orderId, String memberId, int actionId, long points, String status) {
        return new IssuanceDetails(orderId, memberId, actionId, null, null, null, points, null, status, null, null,
                null, null, List.of());
    }

    /** The same details under another status label. */
    public IssuanceDetails withStatus(String label) {
        return new IssuanceDetails(orderId, memberId, actionId, source, coupon, orderTotalSpend, orderTotalPoints,
                orderDiscountAmount, label, pointType, orderDate, orderShipDate, storeId, products);
    }
}
