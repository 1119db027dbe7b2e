package dev.annexkit.mock.domain.error;

/** The order (or transaction) id is taken: ids are unique per site. */
public final class OrderAlreadyExists extends DomainException {

    public OrderAlreadyExists(String orderId) {
        super("Data already exists: order " + orderId);
    }
}
