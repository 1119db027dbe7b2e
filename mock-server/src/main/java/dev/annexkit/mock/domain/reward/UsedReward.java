package dev.annexkit.mock.domain.reward;

/**
 * A reward the member redeemed, as the (v1) used-reward list shows it.
 *
 * @param rewardName the reward's name, null when the reward is no longer defined
 * @param reason     the reason on the debit that paid for it, null for a free reward
 */
public record UsedReward(RewardAssignment assignment, String rewardName, String reason) {
}
