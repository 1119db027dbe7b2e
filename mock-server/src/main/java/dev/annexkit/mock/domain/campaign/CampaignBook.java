package dev.annexkit.mock.domain.campaign;

import dev.annexkit.mock.domain.error.CampaignNotFound;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The site's campaigns, and the one place that says what extra points a credit earns from them.
 * Guarded by the program lock.
 */
public final class CampaignBook {

    /** Extra points one campaign gives for one credit. */
    public record Bonus(Campaign campaign, long points) {
    }

    private final Map<String, Campaign> campaigns = new LinkedHashMap<>();

    /** Adds or replaces the campaign with this id. */
    public Campaign define(Campaign campaign) {
        campaigns.put(campaign.campaignId(), campaign);
        return campaign;
    }

    public Campaign get(String campaignId) {
        Campaign c = campaigns.get(campaignId);
        if (c == null) {
            throw new CampaignNotFound(campaignId);
        }
        return c;
    }

    /** All campaigns, newest start first. */
    public List<Campaign> all() {
        List<Campaign> all = new ArrayList<>(campaigns.values());
        all.sort((a, b) -> b.from().compareTo(a.from()));
        return List.copyOf(all);
    }

    /**
     * The extra points each running campaign gives a credit of {@code basePoints} for {@code actionId} at
     * {@code now}, for a member that {@code inAudience} accepts. Empty when none applies; zero bonuses are left out.
     */
    public List<Bonus> bonusFor(Predicate<Campaign> inAudience, int actionId, long basePoints, Instant now) {
        List<Bonus> bonuses = new ArrayList<>();
        for (Campaign c : all()) {
            if (c.qualifies(actionId, now) && inAudience.test(c)) {
                long extra = c.rule().extraOn(basePoints);
                if (extra > 0) {
                    bonuses.add(new Bonus(c, extra));
                }
            }
        }
        return List.copyOf(bonuses);
    }
}
