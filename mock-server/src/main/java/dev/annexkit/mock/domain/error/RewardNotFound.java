package dev.annexkit.mock.domain.error;

/** No reward is defined under the given id. */
public final class RewardNotFound extends DomainException {

    public RewardNotFound(String rewardId) {
        super("Reward not found: " + rewardId);
    }
}
