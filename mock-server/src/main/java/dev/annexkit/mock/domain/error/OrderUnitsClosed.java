package dev.annexkit.mock.domain.error;

/** Returned or cancelled units cannot ship, nor be returned or cancelled again. */
public final class OrderUnitsClosed extends DomainException {

    public OrderUnitsClosed(String message) {
        super(message);
    }
}
