package dev.annexkit.mock.domain.error;

/** A change names more units than the order line has. */
public final class OrderQuantityExceeded extends DomainException {

    public OrderQuantityExceeded(String message) {
        super(message);
    }
}
