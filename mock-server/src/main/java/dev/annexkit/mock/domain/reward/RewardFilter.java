package dev.annexkit.mock.domain.reward;

/**
 * Filters of the reward catalogue list (GET /rewards); null fields do not filter. {@code type} compares
 * case-insensitively because it is free text.
 */
public record RewardFilter(String type, RewardStatus status, IssuanceSourceType issuanceSourceType) {

    public static RewardFilter none() {
        return new RewardFilter(null, null, null);
    }

    public static RewardFilter status(RewardStatus status) {
        return new RewardFilter(null, status, null);
    }

    public boolean accepts(Reward reward) {
        return (type == null || type.equalsIgnoreCase(reward.type()))
                && (status == null || status == reward.status())
                && (issuanceSourceType == null || reward.issuanceSourceTypes().contains(issuanceSourceType));
    }
}
