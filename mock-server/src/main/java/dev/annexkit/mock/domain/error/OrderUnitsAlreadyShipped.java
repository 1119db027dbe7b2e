package dev.annexkit.mock.domain.error;

/** Shipped units cannot be cancelled, nor shipped again. */
public final class OrderUnitsAlreadyShipped extends DomainException {

    public OrderUnitsAlreadyShipped(String message) {
        super(message);
    }
}
