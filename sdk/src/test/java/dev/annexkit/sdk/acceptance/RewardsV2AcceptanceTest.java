package dev.annexkit.sdk.acceptance;

import static dev.annexkit.sdk.acceptance.ApiErrors.assertApiError;
import static dev.annexkit.sdk.acceptance.LedgerAssertions.balancedBalance;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annexkit.mock.Seed;
import dev.annexkit.mock.junit.AnnexCloudMock;
import dev.annexkit.sdk.AnnexCloudClient;
import dev.annexkit.sdk.errors.InvalidRequestException;
import dev.annexkit.sdk.errors.NotFoundException;
import dev.annexkit.sdk.model.CouponCodes;
import dev.annexkit.sdk.model.CouponPool;
import dev.annexkit.sdk.model.CouponUploadRequest;
import dev.annexkit.sdk.model.CouponUploadResponse;
import dev.annexkit.sdk.model.EligibilityOperator;
import dev.annexkit.sdk.model.IssuanceSourceType;
import dev.annexkit.sdk.model.MemberCreateRequest;
import dev.annexkit.sdk.model.MemberRewardList;
import dev.annexkit.sdk.model.MemberRewardStatus;
import dev.annexkit.sdk.model.PointBalance;
import dev.annexkit.sdk.model.PointsActivity;
import dev.annexkit.sdk.model.PointsRequest;
import dev.annexkit.sdk.model.RejectedCoupon;
import dev.annexkit.sdk.model.Reward;
import dev.annexkit.sdk.model.RewardAssignRequest;
import dev.annexkit.sdk.model.RewardAssignResponse;
import dev.annexkit.sdk.model.RewardAssignmentUpdateRequest;
import dev.annexkit.sdk.model.RewardHistory;
import dev.annexkit.sdk.model.RewardHistoryEntry;
import dev.annexkit.sdk.model.RewardList;
import dev.annexkit.sdk.model.RewardStatus;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import dev.annexkit.sdk.service.RewardsV2Service.GetMemberRewardHistoryParams;
import dev.annexkit.sdk.service.RewardsV2Service.ListMemberRewardsParams;
import dev.annexkit.sdk.service.RewardsV2Service.ListRewardsParams;

@AnnexCloudMock(seed = Seed.DEMO)
class RewardsV2AcceptanceTest {

    static final String ADA = "ada@example.com";
    static final String FIVE_OFF = "FIVE-OFF";
    static final String FREE_SHIPPING = "FREE-SHIPPING";
    static final String VIP_LOUNGE = "VIP-LOUNGE";
    static final String SUMMER_DRAFT = "SUMMER-DRAFT";

    static void enrolWith(AnnexCloudClient client, String id, long points) {
        client.users().createMember(new MemberCreateRequest().id(id).email(id));
        if (points > 0) {
            client.points().postPoints(new PointsRequest().id(id).actionId(100)
                    .activity(PointsActivity.CREDIT).credit(points));
        }
    }

    static RewardAssignResponse assign(AnnexCloudClient client, String rewardId, String memberId) {
        return client.rewards().assignRewardToMember(rewardId, memberId,
                new RewardAssignRequest().rewardId(rewardId).userId(memberId));
    }

    static CouponPool pool(AnnexCloudClient client, String rewardId) {
        return client.rewards().getReward(rewardId).getCouponPool();
    }

    static List<String> ids(List<Reward> rewards) {
        return rewards.stream().map(Reward::getRewardId).collect(Collectors.toList());
    }

    @Nested
    class ListRewards {

        @Test
        void liveFilterLeavesOutTheDraft(AnnexCloudClient client) {
            RewardList live = client.rewards().listRewards(ListRewardsParams.builder().rewardStatus(RewardStatus.LIVE).build());

            assertThat(ids(live.getRewards())).containsExactlyInAnyOrder(FIVE_OFF, FREE_SHIPPING, VIP_LOUNGE);
            assertThat(live.getTotal()).isEqualTo(3);
            assertThat(live.getRewards()).allSatisfy(r -> assertThat(r.getRewardStatus()).isEqualTo(RewardStatus.LIVE));
        }

        @Test
        void draftFilterFindsOnlyTheDraft(AnnexCloudClient client) {
            RewardList drafts = client.rewards().listRewards(ListRewardsParams.builder().rewardStatus(RewardStatus.DRAFT).build());

            assertThat(ids(drafts.getRewards())).containsExactly(SUMMER_DRAFT);
        }

        @Test
        void typeFilterMatchesTheRewardType(AnnexCloudClient client) {
            RewardList external = client.rewards().listRewards(ListRewardsParams.builder().rewardType("External Reward").build());

            assertThat(ids(external.getRewards())).containsExactly(VIP_LOUNGE);
        }

        @Test
        void sourceTypeFilterMatchesTheIssuanceSources(AnnexCloudClient client) {
            RewardList manual = client.rewards().listRewards(ListRewardsParams.builder().sourceType(IssuanceSourceType.MANUAL).build());
            RewardList journey = client.rewards().listRewards(ListRewardsParams.builder().sourceType(IssuanceSourceType.JOURNEY).build());

            assertThat(manual.getTotal()).isEqualTo(4);
            assertThat(journey.getTotal()).isZero();
            assertThat(journey.getRewards()).isNullOrEmpty();
        }

        @Test
        void pagesSplitTheCatalogueAndReportTheTotal(AnnexCloudClient client) {
            RewardList first = client.rewards().listRewards(ListRewardsParams.builder().limit(3).page(1).build());
            RewardList second = client.rewards().listRewards(ListRewardsParams.builder().limit(3).page(2).build());

            assertThat(first.getTotal()).isEqualTo(4);
            assertThat(first.getLimit()).isEqualTo(3);
            assertThat(first.getPage()).isEqualTo(1);
            assertThat(first.getRewards()).hasSize(3);
            assertThat(second.getPage()).isEqualTo(2);
            assertThat(second.getRewards()).hasSize(1);
            assertThat(ids(first.getRewards())).doesNotContainAnyElementsOf(ids(second.getRewards()));
        }
    }

    @Nested
    class GetReward {

        @Test
        void rewardCarriesEligibilityRulesAndTransactionAttributes(AnnexCloudClient client) {
            Reward vip = client.rewards().getReward(VIP_LOUNGE);

            assertThat(vip.getRewardName()).isEqualTo("VIP lounge access");
            assertThat(vip.getDisplayId()).isEqualTo("R-1003");
            assertThat(vip.getRewardType()).isEqualTo("External Reward");
            assertThat(vip.getPointsToRedeem()).isEqualTo(2_000L);
            assertThat(vip.getCouponBased()).isFalse();
            assertThat(vip.getEligibilityRules()).singleElement().satisfies(group -> {
                assertThat(group.getIncludeInApiResponse()).isTrue();
                assertThat(group.getConditions()).singleElement().satisfies(c -> {
                    assertThat(c.getAttribute()).isEqualTo("tier");
                    assertThat(c.getOperator()).isEqualTo(EligibilityOperator.EQUALS);
                    assertThat(c.getValues()).containsExactly("Gold");
                });
            });
            assertThat(vip.getTransactionAttributes())
                    .containsEntry("campaign", "vip").containsEntry("partner", "lounge-co");
        }

        @Test
        void couponBasedRewardShowsItsPool(AnnexCloudClient client) {
            Reward shipping = client.rewards().getReward(FREE_SHIPPING);

            assertThat(shipping.getCouponBased()).isTrue();
            assertThat(shipping.getCouponPool().getTotal()).isEqualTo(5);
            assertThat(shipping.getCouponPool().getIssued()).isZero();
            assertThat(shipping.getCouponPool().getRedeemed()).isZero();
            assertThat(shipping.getCouponPool().getAvailable()).isEqualTo(5);
        }

        @Test
        void unknownRewardIsNotFound(AnnexCloudClient client) {
            assertApiError(NotFoundException.class, 404, "AC1005", () -> client.rewards().getReward("NO-SUCH"));
        }
    }

    @Nested
    class AddRewardCoupons {

        @Test
        void codesAsAnArrayAreAddedAndDuplicatesRejectedWithExactCounts(AnnexCloudClient client) {
            CouponUploadResponse upload = client.rewards().addRewardCoupons(FREE_SHIPPING, new CouponUploadRequest()
                    .coupons(CouponCodes.of(List.of("NEW-1", "NEW-2", "NEW-1", "SHIP-0001"))));

            assertThat(upload.getCouponCount()).isEqualTo(4);
            assertThat(upload.getAcceptedCount()).isEqualTo(2);
            assertThat(upload.getRejectedCount()).isEqualTo(2);
            assertThat(upload.getRejected()).extracting(RejectedCoupon::getCode)
                    .containsExactlyInAnyOrder("NEW-1", "SHIP-0001");
            assertThat(upload.getCouponPool().getTotal()).isEqualTo(7);
            assertThat(pool(client, FREE_SHIPPING).getAvailable()).isEqualTo(7);
        }

        @Test
        void codesAsOneCommaSeparatedStringAreSplit(AnnexCloudClient client) {
            CouponUploadResponse upload = client.rewards().addRewardCoupons(FREE_SHIPPING, new CouponUploadRequest()
                    .coupons(CouponCodes.commaSeparated("CSV-1, CSV-2,CSV-3,SHIP-0002")));

            assertThat(upload.getCouponCount()).isEqualTo(4);
            assertThat(upload.getAcceptedCount()).isEqualTo(3);
            assertThat(upload.getRejectedCount()).isEqualTo(1);
            assertThat(upload.getRejected()).extracting(RejectedCoupon::getCode).containsExactly("SHIP-0002");
            assertThat(pool(client, FREE_SHIPPING).getTotal()).isEqualTo(8);
        }

        @Test
        void moreThanTwoThousandCodesIsRejectedAndNothingIsAdded(AnnexCloudClient client) {
            List<String> codes = IntStream.rangeClosed(1, 2_001).mapToObj(i -> "BIG-" + i).collect(Collectors.toList());

            InvalidRequestException e = assertApiError(InvalidRequestException.class, 400, "AC1004", () ->
                    client.rewards().addRewardCoupons(FREE_SHIPPING,
                            new CouponUploadRequest().coupons(CouponCodes.of(codes))));

            assertThat(e.errorMessage()).contains("coupons");
            assertThat(pool(client, FREE_SHIPPING).getTotal()).isEqualTo(5);
        }

        @Test
        void couponsForADraftRewardAreRejectedAsNotLive(AnnexCloudClient client) {
            assertApiError(InvalidRequestException.class, 400, "AC1012", () ->
                    client.rewards().addRewardCoupons(SUMMER_DRAFT,
                            new CouponUploadRequest().coupons(CouponCodes.commaSeparated("DRAFT-1"))));
        }
    }

    @Nested
    class ListMemberRewards {

        @Test
        void goldOnlyRewardIsHiddenUntilTheMemberReachesGold(AnnexCloudClient client) {
            enrolWith(client, ADA, 4_999);
            MemberRewardList silver = client.rewards().listMemberRewards(ADA);

            client.points().postPoints(new PointsRequest().id(ADA).actionId(100)
                    .activity(PointsActivity.CREDIT).credit(1L));
            MemberRewardList gold = client.rewards().listMemberRewards(ADA);

            assertThat(ids(silver.getRewards())).containsExactlyInAnyOrder(FIVE_OFF, FREE_SHIPPING);
            assertThat(ids(gold.getRewards())).containsExactlyInAnyOrder(FIVE_OFF, FREE_SHIPPING, VIP_LOUNGE);
            assertThat(gold.getAvailablePoints()).isEqualTo(5_000L);
        }

        @Test
        void affordableOnlyKeepsRewardsWithinTheAvailableBalance(AnnexCloudClient client) {
            enrolWith(client, ADA, 400);

            MemberRewardList affordable = client.rewards().listMemberRewards(ADA, ListMemberRewardsParams.builder().affordableOnly(true).build());
            MemberRewardList all = client.rewards().listMemberRewards(ADA, ListMemberRewardsParams.builder().affordableOnly(false).build());

            assertThat(ids(affordable.getRewards())).containsExactly(FREE_SHIPPING);
            assertThat(ids(all.getRewards())).containsExactlyInAnyOrder(FIVE_OFF, FREE_SHIPPING);
        }

        @Test
        void unknownMemberIsNotFound(AnnexCloudClient client) {
            assertApiError(NotFoundException.class, 404, "AC1005",
                    () -> client.rewards().listMemberRewards("ghost@example.com"));
        }
    }

    @Nested
    class AssignRewardToMember {

        @Test
        void couponRewardIssuesACodeDebitsThePriceAndMovesThePool(AnnexCloudClient client) {
            enrolWith(client, ADA, 1_000);

            RewardAssignResponse assigned = assign(client, FREE_SHIPPING, ADA);

            assertThat(assigned.getRewardCode()).startsWith("SHIP-");
            assertThat(assigned.getMemberRewardStatus()).isEqualTo(MemberRewardStatus.AWARDED);
            assertThat(assigned.getDebitPoints()).isEqualTo(300L);
            CouponPool after = pool(client, FREE_SHIPPING);
            assertThat(after.getIssued()).isEqualTo(1);
            assertThat(after.getAvailable()).isEqualTo(4);
            assertThat(after.getTotal()).isEqualTo(5);
            assertThat(balancedBalance(client, ADA).getAvailablePoints()).isEqualTo(700L);
        }

        @Test
        void emptyPoolIsOutOfStockAndDebitsNothing(AnnexCloudClient client) {
            enrolWith(client, ADA, 3_000);
            List<String> codes = IntStream.range(0, 5).mapToObj(i -> assign(client, FREE_SHIPPING, ADA).getRewardCode())
                    .collect(Collectors.toList());
            PointBalance before = balancedBalance(client, ADA);

            assertApiError(InvalidRequestException.class, 400, "AC1011", () -> assign(client, FREE_SHIPPING, ADA));

            assertThat(codes).doesNotHaveDuplicates().hasSize(5);
            assertThat(before.getAvailablePoints()).isEqualTo(1_500L);
            assertThat(balancedBalance(client, ADA)).isEqualTo(before);
            assertThat(pool(client, FREE_SHIPPING).getAvailable()).isZero();
        }

        @Test
        void insufficientPointsIsRejectedAndChangesNothing(AnnexCloudClient client) {
            enrolWith(client, ADA, 299);

            assertApiError(InvalidRequestException.class, 400, "AC1010", () -> assign(client, FREE_SHIPPING, ADA));

            assertThat(balancedBalance(client, ADA).getAvailablePoints()).isEqualTo(299L);
            assertThat(pool(client, FREE_SHIPPING).getIssued()).isZero();
            assertThat(client.rewards().getMemberRewardHistory(ADA).getData()).isNullOrEmpty();
        }

        @Test
        void goldOnlyRewardIsNotEligibleForASilverMember(AnnexCloudClient client) {
            enrolWith(client, ADA, 2_500);

            assertApiError(InvalidRequestException.class, 400, "AC1013", () -> assign(client, VIP_LOUNGE, ADA));

            assertThat(balancedBalance(client, ADA).getAvailablePoints()).isEqualTo(2_500L);
        }

        @Test
        void bodyRewardIdDisagreeingWithThePathIsRejectedNamingIt(AnnexCloudClient client) {
            enrolWith(client, ADA, 1_000);

            InvalidRequestException e = assertApiError(InvalidRequestException.class, 400, "AC1004", () ->
                    client.rewards().assignRewardToMember(FREE_SHIPPING, ADA,
                            new RewardAssignRequest().rewardId(FIVE_OFF).userId(ADA)));

            assertThat(e.errorMessage()).contains("reward_id");
            assertThat(balancedBalance(client, ADA).getAvailablePoints()).isEqualTo(1_000L);
        }

        @Test
        void bodyUserIdDisagreeingWithThePathIsRejectedNamingIt(AnnexCloudClient client) {
            enrolWith(client, ADA, 1_000);

            InvalidRequestException e = assertApiError(InvalidRequestException.class, 400, "AC1004", () ->
                    client.rewards().assignRewardToMember(FREE_SHIPPING, ADA,
                            new RewardAssignRequest().rewardId(FREE_SHIPPING).userId("demo@annexkit.dev")));

            assertThat(e.errorMessage()).contains("user_id");
        }
    }

    @Nested
    class UpdateRewardAssignment {

        RewardAssignResponse move(AnnexCloudClient client, RewardAssignResponse a, MemberRewardStatus to) {
            return client.rewards().updateRewardAssignment(a.getRewardId(), a.getUserId(),
                    new RewardAssignmentUpdateRequest().assignId(a.getAssignId()).rewardId(a.getRewardId())
                            .userId(a.getUserId()).memberRewardStatus(to));
        }

        @Test
        void redeemingCountsTheCouponAndRedeemedIsTerminal(AnnexCloudClient client) {
            enrolWith(client, ADA, 1_000);
            RewardAssignResponse assigned = assign(client, FREE_SHIPPING, ADA);

            RewardAssignResponse redeemed = move(client, assigned, MemberRewardStatus.REDEEMED);

            assertThat(redeemed.getMemberRewardStatus()).isEqualTo(MemberRewardStatus.REDEEMED);
            assertThat(pool(client, FREE_SHIPPING).getRedeemed()).isEqualTo(1);
            assertApiError(InvalidRequestException.class, 400, "AC1014",
                    () -> move(client, assigned, MemberRewardStatus.CANCELLED));
            assertThat(balancedBalance(client, ADA).getAvailablePoints()).isEqualTo(700L);
        }

        @Test
        void cancellingAnAwardedRewardRefundsItsPoints(AnnexCloudClient client) {
            enrolWith(client, ADA, 1_000);
            RewardAssignResponse assigned = assign(client, FIVE_OFF, ADA);
            assertThat(balancedBalance(client, ADA).getAvailablePoints()).isEqualTo(500L);

            RewardAssignResponse cancelled = move(client, assigned, MemberRewardStatus.CANCELLED);

            assertThat(cancelled.getMemberRewardStatus()).isEqualTo(MemberRewardStatus.CANCELLED);
            assertThat(balancedBalance(client, ADA).getAvailablePoints()).isEqualTo(1_000L);
        }

        @Test
        void unknownAssignmentIsNotFound(AnnexCloudClient client) {
            enrolWith(client, ADA, 0);

            assertApiError(NotFoundException.class, 404, "AC1005", () -> client.rewards().updateRewardAssignment(
                    FIVE_OFF, ADA, new RewardAssignmentUpdateRequest().assignId("nope").rewardId(FIVE_OFF)
                            .userId(ADA).memberRewardStatus(MemberRewardStatus.REDEEMED)));
        }
    }

    @Nested
    class GetMemberRewardHistory {

        @Test
        void historyFiltersByStatusAndPages(AnnexCloudClient client) {
            enrolWith(client, ADA, 3_000);
            RewardAssignResponse first = assign(client, FIVE_OFF, ADA);
            assign(client, FIVE_OFF, ADA);
            assign(client, FREE_SHIPPING, ADA);
            client.rewards().updateRewardAssignment(FIVE_OFF, ADA, new RewardAssignmentUpdateRequest()
                    .assignId(first.getAssignId()).rewardId(FIVE_OFF).userId(ADA)
                    .memberRewardStatus(MemberRewardStatus.REDEEMED));

            RewardHistory awarded = client.rewards().getMemberRewardHistory(ADA, GetMemberRewardHistoryParams.builder().memberRewardStatus(MemberRewardStatus.AWARDED).build());
            RewardHistory redeemed = client.rewards().getMemberRewardHistory(ADA, GetMemberRewardHistoryParams.builder().memberRewardStatus(MemberRewardStatus.REDEEMED).build());
            RewardHistory page1 = client.rewards().getMemberRewardHistory(ADA, GetMemberRewardHistoryParams.builder().limit(2).page(1).build());
            RewardHistory page2 = client.rewards().getMemberRewardHistory(ADA, GetMemberRewardHistoryParams.builder().limit(2).page(2).build());

            assertThat(awarded.getTotal()).isEqualTo(2);
            assertThat(awarded.getData()).allSatisfy(e ->
                    assertThat(e.getMemberRewardStatus()).isEqualTo(MemberRewardStatus.AWARDED));
            assertThat(redeemed.getData()).extracting(RewardHistoryEntry::getAssignId)
                    .containsExactly(first.getAssignId());
            assertThat(page1.getTotal()).isEqualTo(3);
            assertThat(page1.getData()).hasSize(2);
            assertThat(page2.getData()).hasSize(1);
            assertThat(page2.getPage()).isEqualTo(2);
        }
    }
}
