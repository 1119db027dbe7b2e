package dev.annexkit.mock.domain.reward;

import java.util.List;

/**
 * A set of conditions that must ALL hold; a reward's groups are alternatives (ANY group suffices).
 *
 * @param showOnMemberDashboard whether members matching only through this group see the reward on the dashboard
 * @param includeInApiResponse  whether members matching only through this group get the reward in
 *                              GET /users/{id}/rewards
 */
public record RuleGroup(List<Condition> conditions, boolean showOnMemberDashboard, boolean includeInApiResponse) {

    public RuleGroup {
        conditions = List.copyOf(conditions);
    }

    /** A group visible everywhere. */
    public static RuleGroup of(Condition... conditions) {
        return new RuleGroup(List.of(conditions), true, true);
    }
}
