package dev.annexkit.mock.domain.order;

import dev.annexkit.mock.domain.error.OrderNotFound;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every order of the site, in booking order. Guarded by the program lock. */
public final class OrderBook {

    private final Map<String, Order> orders = new LinkedHashMap<>();

    public boolean contains(String orderId) {
        return orders.containsKey(orderId);
    }

    public Order get(String orderId) {
        return find(orderId).orElseThrow(() -> new OrderNotFound(orderId));
    }

    public Optional<Order> find(String orderId) {
        return Optional.ofNullable(orders.get(orderId));
    }

    public void save(Order order) {
        orders.put(order.orderId(), order);
    }

    public List<Order> ofMember(String memberId) {
        return orders.values().stream().filter(o -> o.memberId().equals(memberId)).toList();
    }

    /** Every order, by order id (for the state export). */
    public List<Order> all() {
        return orders.values().stream().sorted(java.util.Comparator.comparing(Order::orderId)).toList();
    }
}
