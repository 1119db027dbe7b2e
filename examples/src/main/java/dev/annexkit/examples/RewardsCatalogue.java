package dev.annexkit.examples;

import dev.annexkit.sdk.AnnexCloudClient;
import dev.annexkit.sdk.errors.InvalidRequestException;
import dev.annexkit.sdk.model.MemberCreateRequest;
import dev.annexkit.sdk.model.MemberRewardStatus;
import dev.annexkit.sdk.model.Reward;
import dev.annexkit.sdk.model.RewardAssignRequest;
import dev.annexkit.sdk.model.RewardAssignResponse;
import dev.annexkit.sdk.model.RewardAssignmentUpdateRequest;
import dev.annexkit.sdk.model.RewardHistoryEntry;
import dev.annexkit.sdk.model.RewardStatus;
import dev.annexkit.sdk.points.PointsRequests;
import dev.annexkit.sdk.service.RewardsV2Service.ListMemberRewardsParams;
import dev.annexkit.sdk.service.RewardsV2Service.ListRewardsParams;
import java.io.PrintStream;

/**
 * The Rewards V2 catalogue: browse live rewards, see who may have which (eligibility rules), list what a member
 * can afford, assign one (its points are debited), read the member's reward history, and cancel an assignment
 * (its points are refunded).
 */
public final class RewardsCatalogue {

    private RewardsCatalogue() {
    }

    /** Runs the example against an in-process mock server. */
    public static void main(String[] args) {
        try (LocalMock mock = LocalMock.start()) {
            run(mock.client(), System.out);
        }
    }

    /** The example itself, against any client. Returns the member's available points at the end. */
    public static long run(AnnexCloudClient client, PrintStream out) {
        client.rewards().listRewardsAutoPaging(ListRewardsParams.builder().rewardStatus(RewardStatus.LIVE).build())
                .forEach(r -> out.printf("live: %-13s %5d points%s%n", r.getRewardId(), r.getPointsToRedeem(),
                        r.getEligibilityRules() == null || r.getEligibilityRules().isEmpty() ? "" : " (rules apply)"));

        String member = "kofi@example.com";
        client.users().createMember(new MemberCreateRequest().id(member).email(member));
        client.points().postPoints(PointsRequests.manualCredit(member, 2_500, "Launch bonus"));

        for (Reward affordable : client.rewards().listMemberRewardsAutoPaging(member,
                ListMemberRewardsParams.builder().affordableOnly(true).build())) {
            out.printf("%s can afford %s%n", member, affordable.getRewardId());
        }

        try { // The lounge is for Gold members only; 2,500 points make a Silver member.
            client.rewards().assignRewardToMember("VIP-LOUNGE", member,
                    new RewardAssignRequest().rewardId("VIP-LOUNGE").userId(member));
        } catch (InvalidRequestException e) {
            out.printf("VIP-LOUNGE refused: %s %s%n", e.errorCode(), e.errorMessage());
        }

        RewardAssignResponse assigned = client.rewards().assignRewardToMember("FIVE-OFF", member,
                new RewardAssignRequest().rewardId("FIVE-OFF").userId(member));
        out.printf("assigned %s as %s%n", assigned.getRewardId(), assigned.getAssignId());

        client.rewards().updateRewardAssignment("FIVE-OFF", member, new RewardAssignmentUpdateRequest()
                .assignId(assigned.getAssignId()).rewardId("FIVE-OFF").userId(member)
                .memberRewardStatus(MemberRewardStatus.CANCELLED));
        for (RewardHistoryEntry entry : client.rewards().getMemberRewardHistoryAutoPaging(member)) {
            out.printf("history: %s %s%n", entry.getRewardId(), entry.getMemberRewardStatus());
        }
        long available = client.points().getPointBalance(member).getAvailablePoints();
        out.printf("%d points available after the cancellation%n", available);
        return available;
    }
}
