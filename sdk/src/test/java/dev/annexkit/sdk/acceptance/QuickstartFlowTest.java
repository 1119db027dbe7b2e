package dev.annexkit.sdk.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annexkit.mock.Seed;
import dev.annexkit.mock.junit.AnnexCloudMock;
import dev.annexkit.sdk.AnnexCloudClient;
import dev.annexkit.sdk.model.MemberCreateRequest;
import dev.annexkit.sdk.model.PointBalance;
import dev.annexkit.sdk.model.PointsActivity;
import dev.annexkit.sdk.model.PointsRequest;
import dev.annexkit.sdk.model.RewardAssignRequest;
import dev.annexkit.sdk.model.RewardAssignResponse;
import dev.annexkit.sdk.model.RewardHistory;
import org.junit.jupiter.api.Test;

@AnnexCloudMock(seed = Seed.DEMO)
class QuickstartFlowTest {

    @Test
    void memberEarnsPointsAndReceivesACouponReward(AnnexCloudClient client) {
        client.users().createMember(new MemberCreateRequest().id("ada@example.com").email("ada@example.com"));
        client.points().postPoints(new PointsRequest().id("ada@example.com").actionId(100)
                .activity(PointsActivity.CREDIT).credit(1_000L).reason("welcome"));

        RewardAssignResponse assigned = client.rewards().assignRewardToMember("FREE-SHIPPING", "ada@example.com",
                new RewardAssignRequest().rewardId("FREE-SHIPPING").userId("ada@example.com"));

        PointBalance balance = client.points().getPointBalance("ada@example.com");
        RewardHistory history = client.rewards().getMemberRewardHistory("ada@example.com");
        assertThat(assigned.getRewardCode()).startsWith("SHIP-");
        assertThat(balance.getAvailablePoints()).isEqualTo(700L);
        assertThat(balance.getUsedPoints()).isEqualTo(300L);
        assertThat(history.getData()).singleElement()
                .satisfies(entry -> assertThat(entry.getAssignId()).isEqualTo(assigned.getAssignId()));
    }
}
