package dev.annexkit.mock.domain.tier;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The site's tiers ordered by threshold. A member's tier is the highest one whose threshold their lifetime
 * points reach, so expiring or spending points never demotes anyone. Guarded by the program lock.
 */
public final class TierLadder {

    private final List<Tier> tiers = new ArrayList<>();

    /** Adds a tier, replacing one with the same id. */
    public void define(Tier tier) {
        tiers.removeIf(t -> t.tierId() == tier.tierId());
        tiers.add(tier);
        tiers.sort(Comparator.comparingLong(Tier::threshold).thenComparingInt(Tier::level));
    }

    /** All tiers, lowest threshold first. */
    public List<Tier> all() {
        return List.copyOf(tiers);
    }

    /** The tier for this many lifetime points, if any. */
    public Optional<Tier> tierFor(long lifetimePoints) {
        Tier found = null;
        for (Tier tier : tiers) {
            if (tier.threshold() <= lifetimePoints) {
                found = tier;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Current, neighbouring tiers and distance to the next one. */
    public TierStatus statusFor(long lifetimePoints) {
        int index = -1;
        for (int i = 0; i < tiers.size(); i++) {
            if (tiers.get(i).threshold() <= lifetimePoints) {
                index = i;
            }
        }
        Tier current = index >= 0 ? tiers.get(index) : null;
        Tier previous = index >= 1 ? tiers.get(index - 1) : null;
        Tier next = index + 1 < tiers.size() ? tiers.get(index + 1) : null;
        long missing = next == null ? 0 : next.threshold() - lifetimePoints;
        return new TierStatus(current, previous, next, missing);
    }
}
