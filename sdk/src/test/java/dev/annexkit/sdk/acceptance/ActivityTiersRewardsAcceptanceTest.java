package dev.annexkit.sdk.acceptance;

import static dev.annexkit.sdk.acceptance.ApiErrors.assertApiError;
import static dev.annexkit.sdk.acceptance.LedgerAssertions.balancedBalance;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.Seed;
import dev.annexkit.mock.junit.AnnexCloudMock;
import dev.annexkit.sdk.AnnexCloudClient;
import dev.annexkit.sdk.errors.InvalidRequestException;
import dev.annexkit.sdk.errors.NotFoundException;
import dev.annexkit.sdk.model.ActivityDirection;
import dev.annexkit.sdk.model.ActivityEntry;
import dev.annexkit.sdk.model.ActivityPage;
import dev.annexkit.sdk.model.ActivitySummary;
import dev.annexkit.sdk.model.BulkMemberLookupRequest;
import dev.annexkit.sdk.model.BulkPointBalanceResponse;
import dev.annexkit.sdk.model.BulkPointsEntry;
import dev.annexkit.sdk.model.BulkPointsResponse;
import dev.annexkit.sdk.model.BulkTierResponse;
import dev.annexkit.sdk.model.MemberCreateRequest;
import dev.annexkit.sdk.model.MemberRewardCatalog;
import dev.annexkit.sdk.model.MemberTier;
import dev.annexkit.sdk.model.PointsActivity;
import dev.annexkit.sdk.model.PointsRequest;
import dev.annexkit.sdk.model.PointsResponse;
import dev.annexkit.sdk.model.RewardCatalogEntry;
import dev.annexkit.sdk.model.TierList;
import dev.annexkit.sdk.model.UsedRewardList;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import dev.annexkit.sdk.service.ActivityService.GetMemberActivityParams;
import dev.annexkit.sdk.service.RewardsService.ListMemberRewardCatalogParams;
import dev.annexkit.sdk.service.RewardsService.ListUsedRewardsParams;
import dev.annexkit.sdk.service.TiersService.ListTiersParams;

/** Activity, bulk balances, Tiers and Rewards (v1) over HTTP against the demo program. */
@AnnexCloudMock(seed = Seed.DEMO)
class ActivityTiersRewardsAcceptanceTest {

    private static final String DEMO = "demo@annexkit.dev";

    private static PointsResponse points(AnnexCloudClient client, PointsRequest request) {
        return client.points().postPoints(request);
    }

    @Nested
    class Activity {

        @Test
        void everyMovementIsARowNewestFirstWithRewardCode(AnnexCloudClient client) {
            // sign-up (101): the demo's review campaign would add a bonus row to a review (102)
            points(client, new PointsRequest().id(DEMO).actionId(101).activity(PointsActivity.CREDIT));
            PointsResponse redeemed = points(client, new PointsRequest().id(DEMO).actionId(107)
                    .activity(PointsActivity.DEBIT).rewardId("FREE-SHIPPING"));

            ActivityPage page = client.activity().getMemberActivity(DEMO, GetMemberActivityParams.builder().page(1).build());

            assertThat(page.getTotalActivityCount()).isEqualTo(3);
            assertThat(page.getCurrentPage()).isEqualTo(1);
            assertThat(page.getPages()).isEqualTo(1);
            ActivityEntry newest = page.getActivityDetail().get(0);
            assertThat(newest.getActivityId()).isEqualTo(redeemed.getActivityId());
            assertThat(newest.getActivity()).isEqualTo(ActivityDirection.DEBIT);
            assertThat(newest.getDebit()).isEqualTo(300L);
            assertThat(newest.getRewardId()).isEqualTo("FREE-SHIPPING");
            assertThat(newest.getRewardCode()).isEqualTo(redeemed.getRewardCode());
            assertThat(page.getActivityDetail().get(1).getCredit()).isEqualTo(100L);
            assertThat(page.getActivityDetail().get(1).getDisplayText()).isEqualTo("Sign-up");
            assertThat(page.getActivityDetail().get(2).getReason()).isEqualTo("Demo opening balance");
            assertThat(page.getActivityDetail()).extracting(ActivityEntry::getActivityId)
                    .allMatch(id -> id.matches("[0-9a-f-]{36}"));
            balancedBalance(client, DEMO);
        }

        @Test
        void theSummaryTotalsOneAction(AnnexCloudClient client) {
            points(client, new PointsRequest().id(DEMO).actionId(100).activity(PointsActivity.DEBIT).debit(200L));

            ActivitySummary summary = client.activity().getMemberActivitySummary(DEMO, 100);

            assertThat(summary.getActivityCount()).isEqualTo(2);
            assertThat(summary.getTotalCredit()).isEqualTo(1_200L);
            assertThat(summary.getTotalDebit()).isEqualTo(200L);
            assertThat(summary.getNetPoints()).isEqualTo(1_000L);
            assertThat(summary.getFirstActivityDate()).isEqualTo("2025-01-01T00:00:00+0000");
            assertThat(client.activity().getMemberActivitySummary(DEMO, 109).getActivityCount()).isZero();
            assertApiError(NotFoundException.class, 404, "AC1005",
                    () -> client.activity().getMemberActivity("ghost@example.com"));
        }
    }

    @Nested
    class BulkBalances {

        @Test
        void foundMembersAreAnsweredAndUnknownIdsListed(AnnexCloudClient client) {
            client.users().createMember(new MemberCreateRequest().id("new@example.com"));

            BulkPointBalanceResponse answer = client.points().getPointBalancesInBulk(new BulkMemberLookupRequest()
                    .ids(List.of(DEMO, "ghost@example.com", "new@example.com")));

            assertThat(answer.getBalances()).containsOnlyKeys(DEMO, "new@example.com");
            assertThat(answer.getBalances().get(DEMO).getAvailablePoints()).isEqualTo(1_200L);
            assertThat(answer.getBalances().get(DEMO).getCurrentTier()).isEqualTo("Silver");
            assertThat(answer.getBalances().get("new@example.com").getLifetimePoints()).isZero();
            assertThat(answer.getNotFound()).containsExactly("ghost@example.com");
            assertApiError(InvalidRequestException.class, 400, "AC1004",
                    () -> client.points().getPointBalancesInBulk(new BulkMemberLookupRequest().ids(List.of())));
        }
    }

    @Nested
    class Tiers {

        @Test
        void aMembersTierShowsItsNeighboursAndTheDistanceToTheNext(AnnexCloudClient client) {
            MemberTier tier = client.tiers().getMemberTier(DEMO);

            assertThat(tier.getCurrentTier()).isEqualTo("Silver");
            assertThat(tier.getPreviousTier()).isEqualTo("Bronze");
            assertThat(tier.getNextTier()).isEqualTo("Gold");
            assertThat(tier.getPointsToNextTier()).isEqualTo("3800");
            assertThat(tier.getSpendToNextTier()).isNull();
        }

        @Test
        void crossingAThresholdUpgradesAndBothPointsAnswersReportIt(AnnexCloudClient client) {
            PointsResponse single = points(client, new PointsRequest().id(DEMO).actionId(100)
                    .activity(PointsActivity.CREDIT).credit(3_800L));
            assertThat(single.getPreviousTier()).isEqualTo("Silver");
            assertThat(single.getUpdatedUserTier()).isEqualTo("Gold");

            client.users().createMember(new MemberCreateRequest().id("new@example.com"));
            BulkPointsResponse bulk = client.points().postBulkPoints(Map.of(
                    "1", new BulkPointsEntry().id("new@example.com").actionId("100")
                            .activity(PointsActivity.CREDIT).credit(1_000L),
                    "2", new BulkPointsEntry().id(DEMO).actionId("100").activity(PointsActivity.CREDIT).credit(1L)));
            assertThat(bulk.getResults().get("1").getPreviousTier()).isEqualTo("Bronze");
            assertThat(bulk.getResults().get("1").getUpdatedUserTier()).isEqualTo("Silver");
            assertThat(bulk.getResults().get("2").getUpdatedUserTier()).isNull();

            MemberTier gold = client.tiers().getMemberTier(DEMO);
            assertThat(gold.getCurrentTier()).isEqualTo("Gold");
            assertThat(gold.getNextTier()).isNull();
            assertThat(gold.getPointsToNextTier()).isNull();
        }

        @Test
        void spendRecordedForAMemberCountsTowardsASpendTier(AnnexCloudClient client, AnnexCloudMockServer mock) {
            mock.program().defineTier(dev.annexkit.mock.domain.tier.Tier.byPointsOrSpend(4, "Platinum", 4,
                    20_000, new BigDecimal("1000")));
            mock.program().points(dev.annexkit.mock.domain.ledger.PointsCommand.credit(DEMO, 100, 3_800));
            assertThat(client.tiers().getMemberTier(DEMO).getSpendToNextTier()).isEqualTo("1000");

            mock.program().accounts().recordSpend(DEMO, new BigDecimal("1250.00"), "ORDER-1");

            MemberTier tier = client.tiers().getMemberTier(DEMO);
            assertThat(tier.getCurrentTier()).isEqualTo("Platinum");
            assertThat(tier.getPreviousTier()).isEqualTo("Gold");
        }

        @Test
        void theLadderIsListedAndPagedAndBulkLookupsListUnknownIds(AnnexCloudClient client) {
            TierList list = client.tiers().listTiers();
            assertThat(list.getTotal()).isEqualTo(3);
            assertThat(list.getTierMethod()).isEqualTo("sequential");
            assertThat(list.getTierDetail()).extracting(t -> t.getTierName() + "@" + t.getPointsThreshold())
                    .containsExactly("Bronze@0", "Silver@1000", "Gold@5000");
            assertThat(client.tiers().listTiers(ListTiersParams.builder().page(2).memberId(DEMO).build()).getTierDetail()).isEmpty();

            BulkTierResponse bulk = client.tiers().getMemberTiersInBulk(new BulkMemberLookupRequest()
                    .ids(List.of(DEMO, "ghost@example.com")));
            assertThat(bulk.getTiers().get(DEMO).getCurrentTier()).isEqualTo("Silver");
            assertThat(bulk.getNotFound()).containsExactly("ghost@example.com");
        }
    }

    @Nested
    class RewardsV1 {

        @Test
        void theCatalogueShowsPriceAndEligibilityInSequenceOrder(AnnexCloudClient client) {
            MemberRewardCatalog catalog = client.rewardsV1().listMemberRewardCatalog(DEMO, ListMemberRewardCatalogParams.builder().sortBy("rewardSequence").build());

            assertThat(catalog.getRewardDetail()).extracting(RewardCatalogEntry::getRewardId)
                    .containsExactly("FIVE-OFF", "FREE-SHIPPING", "VIP-LOUNGE");
            assertThat(catalog.getRewardDetail()).extracting(RewardCatalogEntry::getCreditRequired)
                    .containsExactly(500L, 300L, 2_000L);
            assertThat(catalog.getRewardDetail()).extracting(RewardCatalogEntry::getEligible)
                    .containsExactly(true, true, false);
            assertApiError(InvalidRequestException.class, 400, "AC1004",
                    () -> client.rewardsV1().listMemberRewardCatalog(DEMO, ListMemberRewardCatalogParams.builder().sortBy("price").build()));
        }

        @Test
        void redeemedRewardsAreListedWithCodeAndPoints(AnnexCloudClient client) {
            PointsResponse redeemed = points(client, new PointsRequest().id(DEMO).actionId(107)
                    .activity(PointsActivity.DEBIT).rewardId("FREE-SHIPPING").reason("Checkout"));

            UsedRewardList used = client.rewardsV1().listUsedRewards(DEMO, ListUsedRewardsParams.builder().page(1).build());

            assertThat(used.getTotal()).isEqualTo(1);
            assertThat(used.getCurrentPage()).isEqualTo(1);
            assertThat(used.getRewardDetail()).singleElement().satisfies(r -> {
                assertThat(r.getRewardId()).isEqualTo("FREE-SHIPPING");
                assertThat(r.getRewardCode()).isEqualTo(redeemed.getRewardCode());
                assertThat(r.getPointsUsed()).isEqualTo(300L);
                assertThat(r.getReason()).isEqualTo("Checkout");
                assertThat(r.getRewardName()).isEqualTo("Free shipping");
            });
            assertThat(balancedBalance(client, DEMO).getAvailablePoints()).isEqualTo(900L);
        }
    }
}
