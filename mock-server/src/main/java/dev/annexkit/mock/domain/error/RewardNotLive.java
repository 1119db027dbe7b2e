package dev.annexkit.mock.domain.error;

/** Only Live rewards can be redeemed, assigned or stocked with coupons. */
public final class RewardNotLive extends DomainException {

    public RewardNotLive(String rewardId, String status) {
        super("Reward " + rewardId + " is not Live (status " + status + ")");
    }
}
