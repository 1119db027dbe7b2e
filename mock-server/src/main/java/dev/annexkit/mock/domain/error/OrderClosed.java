package dev.annexkit.mock.domain.error;

/** Every unit of the order is returned or cancelled: nothing can be added to it. */
public final class OrderClosed extends DomainException {

    public OrderClosed(String message) {
        super(message);
    }
}
