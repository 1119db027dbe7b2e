package dev.annexkit.mock.domain.tier;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The site's tiers ordered by level. A member's tier is the highest one whose points or spend threshold they
 * reach; lifetime points never fall, so expiring or spending points never demotes anyone. Guarded by the
 * program lock.
 */
public final class TierLadder {

    private final List<Tier> tiers = new ArrayList<>();

    /** Adds a tier, replacing one with the same id. */
    public void define(Tier tier) {
        tiers.removeIf(t -> t.tierId() == tier.tierId());
        tiers.add(tier);
        tiers.sort(Comparator.comparingInt(Tier::level)
                .thenComparing(Tier::pointsThreshold, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingInt(Tier::tierId));
    }

    /** All tiers, lowest level first. */
    public List<Tier> all() {
        return List.copyOf(tiers);
    }

    /** The tier for this many lifetime points and no spend, if any. */
    public Optional<Tier> tierFor(long lifetimePoints) {
        return tierFor(lifetimePoints, BigDecimal.ZERO);
    }

    /** The highest tier reached with these lifetime points and this spend, if any. */
    public Optional<Tier> tierFor(long lifetimePoints, BigDecimal spend) {
        int index = indexFor(lifetimePoints, spend);
        return index < 0 ? Optional.empty() : Optional.of(tiers.get(index));
    }

    /** Current tier for points alone (no spend). */
    public TierStatus statusFor(long lifetimePoints) {
        return statusFor(lifetimePoints, BigDecimal.ZERO);
    }

    /** Current, neighbouring tiers and the distance to the next one, in points and in spend. */
    public TierStatus statusFor(long lifetimePoints, BigDecimal spend) {
        int index = indexFor(lifetimePoints, spend);
        Tier current = index >= 0 ? tiers.get(index) : null;
        Tier previous = index >= 1 ? tiers.get(index - 1) : null;
        Tier next = index + 1 < tiers.size() ? tiers.get(index + 1) : null;
        long missingPoints = next == null || next.pointsThreshold() == null
                ? 0 : Math.max(0, next.pointsThreshold() - lifetimePoints);
        BigDecimal missingSpend = next == null || next.spendThreshold() == null
                ? null : next.spendThreshold().subtract(spend).max(BigDecimal.ZERO);
        return new TierStatus(current, previous, next, missingPoints, missingSpend);
    }

    private int indexFor(long lifetimePoints, BigDecimal spend) {
        int index = -1;
        for (int i = 0; i < tiers.size(); i++) {
            if (tiers.get(i).reachedBy(lifetimePoints, spend)) {
                index = i;
            }
        }
        return index;
    }
}
