package dev.annexkit.mock.domain.order;

/**
 * Where one unit of an order line is: ordered and waiting to ship, shipped, returned after shipping, cancelled;
 * or booked on a site without a hold period, where nothing waits for shipping: such a unit counts as shipped
 * for a return (it can be returned at once), and a ship step only confirms it.
 */
public enum UnitState {
    PENDING,
    SHIPPED,
    RETURNED,
    CANCELLED,
    FULFILLED
}
