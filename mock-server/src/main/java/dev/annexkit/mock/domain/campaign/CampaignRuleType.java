package dev.annexkit.mock.domain.campaign;

/** How a campaign adds points: a factor on the action's points, or a fixed bonus per qualifying credit. */
public enum CampaignRuleType {
    MULTIPLIER,
    BONUS
}
