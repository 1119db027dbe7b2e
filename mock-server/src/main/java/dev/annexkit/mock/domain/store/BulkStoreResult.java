package dev.annexkit.mock.domain.store;

import dev.annexkit.mock.domain.error.DomainException;

/** Per-store result of a bulk creation, in request order. */
public sealed interface BulkStoreResult {

    String storeId();

    record Created(String storeId, Store store) implements BulkStoreResult {
    }

    record Rejected(String storeId, DomainException error) implements BulkStoreResult {
    }
}
