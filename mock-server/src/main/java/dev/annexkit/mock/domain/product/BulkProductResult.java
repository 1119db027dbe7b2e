package dev.annexkit.mock.domain.product;

import dev.annexkit.mock.domain.error.DomainException;

/** Per-entry result of a bulk product upsert: each entry succeeds or fails on its own, in request order. */
public sealed interface BulkProductResult {

    /** The entry was applied; {@code created} when the product did not exist before. */
    record Applied(ProductView product, boolean created) implements BulkProductResult {
    }

    /** The entry broke a rule and changed nothing. */
    record Rejected(String productId, DomainException error) implements BulkProductResult {
    }
}
