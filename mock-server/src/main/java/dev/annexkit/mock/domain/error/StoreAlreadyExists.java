package dev.annexkit.mock.domain.error;

/** A store with this id exists already. */
public final class StoreAlreadyExists extends DomainException {

    public StoreAlreadyExists(String storeId) {
        super("Data already exists: store " + storeId);
    }
}
