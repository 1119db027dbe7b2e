package dev.annexkit.mock.domain.tier;

import java.math.BigDecimal;

/**
 * Where a member stands on the tier ladder, as GET /users/{id}/tiers reports it.
 *
 * @param current          the highest tier reached, or null when no tier is reached (or none defined)
 * @param previous         the tier just below {@code current} on the ladder, or null
 * @param next             the tier just above {@code current}, or null at the top
 * @param pointsToNextTier lifetime points still missing for {@code next}; 0 at the top or when {@code next}
 *                         has no points threshold
 * @param spendToNextTier  purchase spend still missing for {@code next}; null at the top or when {@code next}
 *                         has no spend threshold
 */
public record TierStatus(Tier current, Tier previous, Tier next, long pointsToNextTier, BigDecimal spendToNextTier) {

    /** A position without spend thresholds in play. */
    public TierStatus(Tier current, Tier previous, Tier next, long pointsToNextTier) {
        this(current, previous, next, pointsToNextTier, null);
    }
}
