package dev.annexkit.mock.domain.ledger;

import java.time.Instant;

/**
 * The unspent rest of one credit inside an expiry bucket.
 *
 * @param expired true when {@code expiryDate} has already passed
 */
public record ExpiringLot(String entryId, long points, Instant expiryDate, boolean expired) {
}
