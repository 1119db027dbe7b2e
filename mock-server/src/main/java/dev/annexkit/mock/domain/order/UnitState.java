package dev.annexkit.mock.domain.order;

/** Where one unit of an order line is: ordered and waiting to ship, shipped, returned after shipping, cancelled. */
public enum UnitState {
    PENDING,
    SHIPPED,
    RETURNED,
    CANCELLED
}
