package dev.annexkit.mock.domain.campaign;

import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.error.MissingField;
import java.time.Instant;
import java.util.List;

/**
 * A time-boxed campaign: while it runs, credits of its rule's actions by members of its audience earn extra
 * points, booked as their own entries, and its milestones reward the number of such credits.
 *
 * @param audienceSegmentId the segment members must belong to; null = no segment condition
 * @param audienceTier      the tier members must hold; null = no tier condition
 * @param enabled           false = Inactive whatever the dates
 */
public record Campaign(String campaignId, String name, String description, String terms, String tagline,
                       String groupName, Instant from, Instant to, String audienceSegmentId, String audienceTier,
                       boolean enabled, CampaignRule rule, List<Milestone> milestones, Instant createdAt,
                       Instant updatedAt) {

    public Campaign {
        if (campaignId == null || campaignId.isBlank()) {
            throw new MissingField("campaignId");
        }
        if (name == null || name.isBlank()) {
            throw new MissingField("campaignName");
        }
        if (from == null || to == null) {
            throw new MissingField(from == null ? "campaignDateFrom" : "campaignDateTo");
        }
        if (to.isBefore(from)) {
            throw new InvalidField("campaignDateTo", "must not be before campaignDateFrom");
        }
        milestones = List.copyOf(milestones == null ? List.of() : milestones);
    }

    /** {@code Active}, {@code Scheduled}, {@code Expired} or {@code Inactive}, as Annex Cloud shows it. */
    public String status(Instant now) {
        if (!enabled) {
            return "Inactive";
        }
        if (now.isBefore(from)) {
            return "Scheduled";
        }
        return now.isAfter(to) ? "Expired" : "Active";
    }

    public Instant ruleFrom() {
        return rule == null || rule.from() == null ? from : rule.from();
    }

    public Instant ruleTo() {
        return rule == null || rule.to() == null ? to : rule.to();
    }

    /** Whether a credit of {@code actionId} at {@code at} qualifies (audience aside). */
    public boolean qualifies(int actionId, Instant at) {
        return enabled && rule != null && rule.actionIds().contains(actionId)
                && !at.isBefore(ruleFrom()) && !at.isAfter(ruleTo());
    }
}
