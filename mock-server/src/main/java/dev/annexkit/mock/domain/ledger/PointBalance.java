package dev.annexkit.mock.domain.ledger;

/**
 * A member's points, derived from the ledger at one instant.
 *
 * <p>Invariant: {@code lifetime == available + used + expired + hold}. Every earned point is in exactly one of
 * those four places: spendable, spent, lapsed, or waiting for release.
 *
 * @param available     spendable now
 * @param used          spent by debits, minus what refunds gave back
 * @param expired       unspent credits whose expiry has passed
 * @param lifetime      all points ever earned (refunds excluded, they are not earnings)
 * @param hold          credits not yet released
 * @param usedOnRewards the part of {@code used} spent on rewards (debits with a reward id)
 */
public record PointBalance(long available, long used, long expired, long lifetime, long hold, long usedOnRewards) {

    public static final PointBalance ZERO = new PointBalance(0, 0, 0, 0, 0, 0);

    /** True when the four buckets add up to lifetime points. */
    public boolean isConsistent() {
        return lifetime == available + used + expired + hold && available >= 0 && used >= 0 && expired >= 0
                && hold >= 0 && usedOnRewards >= 0 && usedOnRewards <= used;
    }
}
