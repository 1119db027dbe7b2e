package dev.annexkit.mock.domain.error;

/** Units that have not shipped cannot be returned. */
public final class OrderUnitsNotShipped extends DomainException {

    public OrderUnitsNotShipped(String message) {
        super(message);
    }
}
