package dev.annexkit.mock.domain.campaign;

import java.time.Instant;
import java.util.List;

/**
 * A campaign as it applies to one member.
 *
 * @param completedCredits qualifying credits the member made inside the rule window
 * @param pointsEarned     campaign points (rule and milestone bonuses) credited to the member
 */
public record MemberCampaignView(Campaign campaign, int completedCredits, long pointsEarned,
                                 List<MilestoneProgress> milestones) {

    public MemberCampaignView {
        milestones = List.copyOf(milestones);
    }

    /** One milestone and when the member reached it (null = not yet). */
    public record MilestoneProgress(Milestone milestone, Instant completedAt) {

        public boolean completed() {
            return completedAt != null;
        }
    }
}
