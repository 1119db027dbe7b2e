package dev.annexkit.mock.domain.ledger;

import java.time.Instant;

/**
 * What is left of one credit after the debits before a given instant consumed it first-in-first-out.
 *
 * @param remaining points of this credit not spent by any debit
 * @param state     where the remaining points sit at the instant of the replay
 */
public record Lot(String entryId, long points, long remaining, Instant createdAt, Instant expiresAt,
                  Instant releaseAt, State state) {

    /** Where the unspent rest of a credit sits. */
    public enum State {
        AVAILABLE,
        ON_HOLD,
        EXPIRED
    }
}
