package dev.annexkit.sdk.requests;

import dev.annexkit.sdk.model.OrderLine;
import dev.annexkit.sdk.model.OrderUpdateRequest;
import dev.annexkit.sdk.model.OrderUpdateStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Ready-made bodies for {@code PATCH /orders/{orderId}}: add lines, ship, return or cancel, for given lines or (no
 * lines) the whole order.
 *
 * <pre>{@code
 * client.orders().updateOrder("o-1", OrderUpdates.ship("o-1"));
 * client.orders().updateOrder("o-1", OrderUpdates.returnLines("o-1", OrderUpdates.line("SKU-1", 1, "19.90")));
 * }</pre>
 */
public final class OrderUpdates {

    private OrderUpdates() {
    }

    /**
     * An order line by product id, quantity and unit price.
     *
     * @param productId the product's id
     * @param quantity  at least 1
     * @param unitPrice the unit price as a decimal string, e.g. {@code "19.90"}
     * @return the line; chain further fields onto it
     */
    public static OrderLine line(String productId, int quantity, String unitPrice) {
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be at least 1, was " + quantity);
        }
        return new OrderLine().id(Objects.requireNonNull(productId, "productId"))
                .quantity(Integer.toString(quantity)).unitPrice(unitPrice);
    }

    /**
     * Adds lines to the order ({@code Add}; at least one line is required).
     *
     * @param orderId the order's id (must equal the path's)
     * @param lines   the new lines
     * @return the request
     */
    public static OrderUpdateRequest addLines(String orderId, OrderLine... lines) {
        if (lines.length == 0) {
            throw new IllegalArgumentException("adding needs at least one line");
        }
        return update(orderId, OrderUpdateStatus.ADD, lines);
    }

    /**
     * Ships the given lines, or the whole order when none are given.
     *
     * @param orderId the order's id
     * @param lines   the lines, or none for the whole order
     * @return the request
     */
    public static OrderUpdateRequest ship(String orderId, OrderLine... lines) {
        return update(orderId, OrderUpdateStatus.SHIP, lines);
    }

    /**
     * Returns the given lines, or the whole order when none are given; their points are taken back.
     *
     * @param orderId the order's id
     * @param lines   the lines, or none for the whole order
     * @return the request
     */
    public static OrderUpdateRequest returnLines(String orderId, OrderLine... lines) {
        return update(orderId, OrderUpdateStatus.RETURN, lines);
    }

    /**
     * Cancels the given lines, or the whole order when none are given.
     *
     * @param orderId the order's id
     * @param lines   the lines, or none for the whole order
     * @return the request
     */
    public static OrderUpdateRequest cancel(String orderId, OrderLine... lines) {
        return update(orderId, OrderUpdateStatus.CANCEL, lines);
    }

    private static OrderUpdateRequest update(String orderId, OrderUpdateStatus status, OrderLine[] lines) {
        OrderUpdateRequest request = new OrderUpdateRequest().orderId(Objects.requireNonNull(orderId, "orderId"))
                .status(status);
        if (lines.length > 0) {
            List<OrderLine> detail = new ArrayList<>(Arrays.asList(lines));
            request.orderDetail(detail);
        }
        return request;
    }
}
