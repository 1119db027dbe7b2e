package dev.annexkit.mock.domain.error;

/** The member matches none of the reward's eligibility rule groups. */
public final class RewardNotEligible extends DomainException {

    public RewardNotEligible(String rewardId, String memberId) {
        super("Member " + memberId + " is not eligible for reward " + rewardId);
    }
}
