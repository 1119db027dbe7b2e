package dev.annexkit.mock.domain.error;

/** No order (or transaction) has this id. */
public final class OrderNotFound extends DomainException {

    public OrderNotFound(String orderId) {
        super("Order not found: " + orderId);
    }
}
