package dev.annexkit.mock.domain.ledger;

import dev.annexkit.mock.domain.error.DomainException;

/**
 * Per-entry result of a bulk points call: each entry succeeds or fails on its own, in request order.
 */
public sealed interface BulkPointsResult {

    /** The entry was applied. */
    record Applied(PointsOutcome outcome) implements BulkPointsResult {
    }

    /** The entry broke a rule and changed nothing. */
    record Rejected(DomainException error) implements BulkPointsResult {
    }
}
