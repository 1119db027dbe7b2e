package dev.annexkit.sdk.acceptance;

import static dev.annexkit.sdk.acceptance.ApiErrors.assertApiError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annexkit.mock.Seed;
import dev.annexkit.mock.junit.AnnexCloudMock;
import dev.annexkit.sdk.AnnexCloudClient;
import dev.annexkit.sdk.errors.InvalidRequestException;
import dev.annexkit.sdk.errors.NotFoundException;
import dev.annexkit.sdk.model.BlocklistEntryType;
import dev.annexkit.sdk.model.BlocklistRequest;
import dev.annexkit.sdk.model.BlocklistResponse;
import dev.annexkit.sdk.model.BulkPointsEntry;
import dev.annexkit.sdk.model.MemberCreateRequest;
import dev.annexkit.sdk.model.PointsActivity;
import dev.annexkit.sdk.model.PointsRequest;
import dev.annexkit.sdk.model.RewardAssignRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import dev.annexkit.sdk.service.BlockListService.ListBlocklistParams;

@AnnexCloudMock(seed = Seed.DEMO)
class BlockListAcceptanceTest {

    static final String DEMO = "demo@annexkit.dev";

    @Test
    void aBlockedMemberCannotEarnRedeemOrBeAssignedAndUnblockingRestoresThem(AnnexCloudClient client) {
        BlocklistResponse blocked = client.blocklist().addToBlocklist(new BlocklistRequest()
                .blocklistUsers(DEMO).blockedBy("admin@annexkit.dev"));
        assertThat(blocked.getUserBlockListedData().getAlreadyBlocklistedUser()).containsExactly(DEMO);
        var before = LedgerAssertions.balancedBalance(client, DEMO);

        assertApiError(InvalidRequestException.class, 400, "AC1020", () -> client.points().postPoints(
                new PointsRequest().id(DEMO).actionId(100).activity(PointsActivity.CREDIT).credit(10L)));
        assertApiError(InvalidRequestException.class, 400, "AC1020", () -> client.points().postPoints(
                new PointsRequest().id(DEMO).actionId(107).activity(PointsActivity.DEBIT).rewardId("FIVE-OFF")));
        assertApiError(InvalidRequestException.class, 400, "AC1020", () -> client.rewards().assignRewardToMember(
                "FREE-SHIPPING", DEMO, new RewardAssignRequest().rewardId("FREE-SHIPPING").userId(DEMO)));
        var bulk = client.points().postBulkPoints(Map.of("1", new BulkPointsEntry().id(DEMO).actionId("100")
                .activity(PointsActivity.CREDIT).credit(5L)));
        assertThat(bulk.getResults().get("1").getErrorCode()).isEqualTo("AC1020");
        assertThat(LedgerAssertions.balancedBalance(client, DEMO)).isEqualTo(before);

        assertThat(client.blocklist().removeFromBlocklist(DEMO).getStatus()).isEqualTo("Success");
        client.points().postPoints(new PointsRequest().id(DEMO).actionId(100).activity(PointsActivity.CREDIT)
                .credit(10L));
        assertThat(LedgerAssertions.balancedBalance(client, DEMO).getLifetimePoints())
                .isEqualTo(before.getLifetimePoints() + 10);
    }

    @Test
    void aBlockedDomainCoversItsMembersAndIsListed(AnnexCloudClient client) {
        client.users().createMember(new MemberCreateRequest().id("c-77").email("eve@spam.example"));
        client.blocklist().addToBlocklist(new BlocklistRequest().blocklistDomains("spam.example"));

        assertApiError(InvalidRequestException.class, 400, "AC1020", () -> client.points().postPoints(
                new PointsRequest().id("c-77").actionId(100).activity(PointsActivity.CREDIT).credit(10L)));
        var page = client.blocklist().listBlocklist(ListBlocklistParams.builder().type(BlocklistEntryType.DOMAIN).page(1).limit(10).build());
        assertThat(page.getTotal()).isEqualTo(1);
        assertThat(page.getBlocklistEntries().get(0).getEntry()).isEqualTo("spam.example");
    }

    @Test
    void badRequestsChangeNothing(AnnexCloudClient client) {
        assertApiError(InvalidRequestException.class, 400, "AC1004",
                () -> client.blocklist().addToBlocklist(new BlocklistRequest().blockedBy("x")));
        assertApiError(NotFoundException.class, 404, "AC1005",
                () -> client.blocklist().addToBlocklist(new BlocklistRequest().blocklistUsers("ghost")));
        assertApiError(NotFoundException.class, 404, "AC1005", () -> client.blocklist().removeFromBlocklist("ghost"));
        assertThat(client.blocklist().listBlocklist().getTotal()).isZero();
    }
}
