package dev.annexkit.mock.domain.ledger;

import java.util.List;

/**
 * Points whose expiry date falls in one week, month, quarter or year.
 *
 * @param label          e.g. {@code 2024-04}, see {@link AggregateBy#label}
 * @param pointsExpired  points in this bucket that already expired
 * @param pointsToExpire points in this bucket that will expire unless spent first
 * @param lots           the contributing lots, soonest expiry first
 */
public record ExpiryBucket(String label, long pointsExpired, long pointsToExpire, List<ExpiringLot> lots) {

    public ExpiryBucket {
        lots = List.copyOf(lots);
    }
}
