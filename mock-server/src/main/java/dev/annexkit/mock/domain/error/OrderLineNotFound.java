package dev.annexkit.mock.domain.error;

/** A change names a product (and secondary key) the order has no line for. */
public final class OrderLineNotFound extends DomainException {

    public OrderLineNotFound(String message) {
        super(message);
    }
}
