package dev.annexkit.mock.domain.order;

import java.time.Instant;
import java.util.List;

/** A member's order as booked and changed so far. */
public record Order(NewOrder request, List<OrderLine> lines, Instant createdAt, Instant updatedAt) {

    public Order {
        lines = List.copyOf(lines);
    }

    public String orderId() {
        return request.orderId();
    }

    public String memberId() {
        return request.memberId();
    }

    public long units(UnitState state) {
        return lines.stream().mapToLong(l -> l.units(state)).sum();
    }

    public List<Portion> portions() {
        return lines.stream().flatMap(l -> l.portions().stream()).toList();
    }
}
