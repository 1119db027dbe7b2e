package dev.annexkit.mock.domain.order;

import java.util.List;

/**
 * A change to an order (PATCH /orders/{orderId}).
 *
 * @param lines the lines to act on; null or empty = the whole order (not allowed for {@code Add})
 */
public record OrderChange(OrderEvent event, List<LineRequest> lines, boolean disregardHoldPeriod) {

    public OrderChange {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public static OrderChange whole(OrderEvent event) {
        return new OrderChange(event, List.of(), false);
    }

    public static OrderChange of(OrderEvent event, LineRequest... lines) {
        return new OrderChange(event, List.of(lines), false);
    }
}
