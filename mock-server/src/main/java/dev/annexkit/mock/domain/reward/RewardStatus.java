package dev.annexkit.mock.domain.reward;

/** Lifecycle of a reward definition; only LIVE rewards can be redeemed, assigned or stocked. */
public enum RewardStatus {
    DRAFT("Draft"),
    SCHEDULED("Scheduled"),
    LIVE("Live"),
    ARCHIVED("Archived");

    private final String displayName;

    RewardStatus(String displayName) {
        this.displayName = displayName;
    }

    /** The spelling the API uses ({@code reward_status}). */
    public String displayName() {
        return displayName;
    }
}
