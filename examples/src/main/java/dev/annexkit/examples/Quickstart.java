package dev.annexkit.examples;

import dev.annexkit.sdk.AnnexCloudClient;
import dev.annexkit.sdk.model.MemberCreateRequest;
import dev.annexkit.sdk.model.MemberRewardList;
import dev.annexkit.sdk.model.PointBalance;
import dev.annexkit.sdk.model.PointsActivity;
import dev.annexkit.sdk.model.PointsRequest;
import dev.annexkit.sdk.model.Reward;
import dev.annexkit.sdk.model.RewardAssignRequest;
import dev.annexkit.sdk.model.RewardAssignResponse;
import dev.annexkit.sdk.model.RewardHistory;
import dev.annexkit.sdk.model.RewardHistoryEntry;
import java.io.PrintStream;
import dev.annexkit.sdk.service.RewardsV2Service.ListMemberRewardsParams;

/**
 * Enrol a member, award points, read the balance, list the rewards the member can afford, assign one and
 * read the member's reward history.
 */
public final class Quickstart {

    private Quickstart() {
    }

    /** Runs the example against an in-process mock server. */
    public static void main(String[] args) {
        try (LocalMock mock = LocalMock.start()) {
            run(mock.client(), System.out);
        }
    }

    /** The example itself, against any client. Returns the assignment it made. */
    public static RewardAssignResponse run(AnnexCloudClient client, PrintStream out) {
        String member = "ada@example.com";
        client.users().createMember(new MemberCreateRequest().id(member).email(member).firstName("Ada"));

        // Award the sign-up action's configured points, then a manual bonus.
        client.points().postPoints(new PointsRequest().id(member).actionId(101).activity(PointsActivity.CREDIT));
        client.points().postPoints(new PointsRequest().id(member).actionId(100).activity(PointsActivity.CREDIT)
                .credit(400L).reason("Welcome bonus"));

        PointBalance balance = client.points().getPointBalance(member);
        out.printf("%s has %d points available%n", member, balance.getAvailablePoints());

        MemberRewardList affordable = client.rewards().listMemberRewards(member, ListMemberRewardsParams.builder().affordableOnly(true).build());
        for (Reward reward : affordable.getRewards()) {
            out.printf("  can afford %-14s %5d points%n", reward.getRewardId(), reward.getPointsToRedeem());
        }

        RewardAssignResponse assigned = client.rewards().assignRewardToMember("FREE-SHIPPING", member,
                new RewardAssignRequest().rewardId("FREE-SHIPPING").userId(member));
        out.printf("assigned FREE-SHIPPING, coupon code %s%n", assigned.getRewardCode());

        RewardHistory history = client.rewards().getMemberRewardHistory(member);
        for (RewardHistoryEntry entry : history.getData()) {
            out.printf("  history: %s %s (%d points)%n", entry.getRewardId(), entry.getMemberRewardStatus(),
                    entry.getDebitPoints());
        }
        out.printf("%d points left%n", client.points().getPointBalance(member).getAvailablePoints());
        return assigned;
    }
}
