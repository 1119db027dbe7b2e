package dev.annexkit.mock.domain.tier;

import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.error.MissingField;
import java.math.BigDecimal;

/**
 * A membership level, reached by lifetime points, by purchase spend, or by either (whichever comes first).
 *
 * @param level           position on the ladder, 1 = lowest
 * @param pointsThreshold lifetime points that reach this tier; null when only spend counts
 * @param spendThreshold  purchase spend (in the site's currency) that reaches this tier; null when only points
 *                        count
 */
public record Tier(int tierId, String name, int level, Long pointsThreshold, BigDecimal spendThreshold) {

    public Tier {
        if (name == null || name.isBlank()) {
            throw new MissingField("name");
        }
        if (pointsThreshold == null && spendThreshold == null) {
            throw new MissingField("threshold");
        }
        if (pointsThreshold != null && pointsThreshold < 0) {
            throw new InvalidField("threshold", "must not be negative, was " + pointsThreshold);
        }
        if (spendThreshold != null && spendThreshold.signum() < 0) {
            throw new InvalidField("spendThreshold", "must not be negative, was " + spendThreshold);
        }
    }

    /** A tier reached by lifetime points only. */
    public Tier(int tierId, String name, int level, long threshold) {
        this(tierId, name, level, (Long) threshold, null);
    }

    /** A tier reached by purchase spend only. */
    public static Tier bySpend(int tierId, String name, int level, BigDecimal spendThreshold) {
        return new Tier(tierId, name, level, null, spendThreshold);
    }

    /** A tier reached by lifetime points or by purchase spend, whichever comes first. */
    public static Tier byPointsOrSpend(int tierId, String name, int level, long points, BigDecimal spend) {
        return new Tier(tierId, name, level, points, spend);
    }

    /** Whether a member with these lifetime points and this spend has reached the tier. */
    public boolean reachedBy(long lifetimePoints, BigDecimal spend) {
        return (pointsThreshold != null && pointsThreshold <= lifetimePoints)
                || (spendThreshold != null && spendThreshold.compareTo(spend) <= 0);
    }

    /** How the tier is earned, in words (the {@code tierType} of the tier list). */
    public String basis() {
        if (spendThreshold == null) {
            return "lifetime points";
        }
        return pointsThreshold == null ? "purchase spend" : "lifetime points or purchase spend";
    }
}
