package dev.annexkit.mock.domain.error;

/** No store has this id. */
public final class StoreNotFound extends DomainException {

    public StoreNotFound(String storeId) {
        super("Store not found: " + storeId);
    }
}
