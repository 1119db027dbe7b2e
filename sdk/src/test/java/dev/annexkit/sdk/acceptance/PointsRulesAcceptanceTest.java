package dev.annexkit.sdk.acceptance;

import static dev.annexkit.sdk.acceptance.ApiErrors.assertApiError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.Seed;
import dev.annexkit.mock.junit.AnnexCloudMock;
import dev.annexkit.sdk.AnnexCloudClient;
import dev.annexkit.sdk.errors.ConflictException;
import dev.annexkit.sdk.errors.InvalidRequestException;
import dev.annexkit.sdk.model.MemberActionList;
import dev.annexkit.sdk.model.MemberActionSeriesResponse;
import dev.annexkit.sdk.model.MemberActionsRequest;
import dev.annexkit.sdk.model.MemberCampaignList;
import dev.annexkit.sdk.model.MemberCreateRequest;
import dev.annexkit.sdk.model.PointBalance;
import dev.annexkit.sdk.model.PointsActivity;
import dev.annexkit.sdk.model.PointsRequest;
import dev.annexkit.sdk.model.ActionSeriesRequest;
import dev.annexkit.sdk.model.SiteActionList;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import dev.annexkit.sdk.service.CampaignService.ListCampaignsParams;

/** The points rules of issue 4 end to end: actions, limits, cooldowns, orders, negative points, campaigns. */
@AnnexCloudMock(seed = Seed.DEMO)
class PointsRulesAcceptanceTest {

    static final String ADA = "ada@example.com";

    static void enrol(AnnexCloudClient client) {
        client.users().createMember(new MemberCreateRequest().id(ADA).email(ADA));
    }

    static PointsRequest award(int actionId) {
        return new PointsRequest().id(ADA).actionId(actionId).activity(PointsActivity.CREDIT);
    }

    @Nested
    class Limits {

        @Test
        void theFourthReviewInAMonthIsRefusedWithAC1026AndNothingChanges(AnnexCloudClient client) {
            enrol(client);
            for (int i = 0; i < 3; i++) {
                client.points().postPoints(award(102));
            }
            PointBalance before = LedgerAssertions.balancedBalance(client, ADA);

            InvalidRequestException e = assertApiError(InvalidRequestException.class, 400, "AC1026",
                    () -> client.points().postPoints(award(102)));
            assertThat(e.errorMessage()).startsWith("Points cannot be awarded due to limit reached");
            assertThat(LedgerAssertions.balancedBalance(client, ADA)).isEqualTo(before);

            MemberActionList actions = client.actions().listMemberActions(new MemberActionsRequest().id(ADA).page(1));
            var review = actions.getAllActionDetails().stream().filter(a -> a.getActionId() == 102).findFirst()
                    .orElseThrow();
            assertThat(review.getCompletedCount()).isEqualTo(3);
            assertThat(review.getPendingsCount()).isZero();
            assertThat(review.getActionLimitReachedFlag()).isEqualTo("1");
            assertThat(review.getActionLimitDisplay()).isEqualTo("3 per month");
        }

        @Test
        void aCheckInInsideItsCooldownSaysWhenWithAC1028(AnnexCloudClient client, AnnexCloudMockServer mock) {
            enrol(client);
            client.points().postPoints(award(103));
            mock.clock().advance(Duration.ofHours(23));

            InvalidRequestException e = assertApiError(InvalidRequestException.class, 400, "AC1028",
                    () -> client.points().postPoints(award(103)));
            assertThat(e.errorMessage()).startsWith("Points can be earned next in 1 hour");

            mock.clock().advance(Duration.ofHours(1));
            assertThat(client.points().postPoints(award(103)).getCredit()).isEqualTo(10L);
            LedgerAssertions.balancedBalance(client, ADA);
        }

        @Test
        void listActionsFiltersByStatus(AnnexCloudClient client) {
            SiteActionList all = client.actions().listActions("all");
            assertThat(all.getAllActionDetails()).extracting(a -> a.getActionId()).contains(100, 101, 102, 103, 107);
            assertThat(all.getCurrentPage()).isEqualTo(1);
            assertThat(client.actions().listActions("INACTIVE").getAllActionDetails()).isEmpty();
            assertApiError(InvalidRequestException.class, 400, "AC1004", () -> client.actions().listActions("sleepy"));
        }
    }

    @Nested
    class Orders {

        @Test
        void aSecondCreditForAnOrderNeedsRetryYes(AnnexCloudClient client) {
            enrol(client);
            PointsRequest order = new PointsRequest().id(ADA).actionId(109).activity(PointsActivity.CREDIT)
                    .credit(120L).orderId("SO-1");
            client.points().postPoints(order);

            assertApiError(ConflictException.class, 409, "AC1006", () -> client.points().postPoints(order));
            client.points().postPoints(order.retry("YES"));
            assertThat(LedgerAssertions.balancedBalance(client, ADA).getLifetimePoints()).isEqualTo(240L);
        }
    }

    @Nested
    class NegativePoints {

        @Test
        void allowedPerRequestTheBalanceStopsAtZeroAndTheRestShowsAsNegativePoints(AnnexCloudClient client) {
            enrol(client);
            client.points().postPoints(new PointsRequest().id(ADA).actionId(100).activity(PointsActivity.CREDIT)
                    .credit(50L));
            PointsRequest debit = new PointsRequest().id(ADA).actionId(100).activity(PointsActivity.DEBIT).debit(80L);

            assertApiError(InvalidRequestException.class, 400, "AC1010", () -> client.points().postPoints(debit));
            assertThat(client.points().postPoints(debit.allowNegativePoints("YES")).getDebit()).isEqualTo(50L);

            PointBalance b = LedgerAssertions.balancedBalance(client, ADA);
            assertThat(b.getAvailablePoints()).isZero();
            assertThat(b.getNegativePoints()).isEqualTo(-30);
        }

        @Test
        void aCustomRedemptionNeedsAReason(AnnexCloudClient client) {
            enrol(client);
            client.points().postPoints(new PointsRequest().id(ADA).actionId(100).activity(PointsActivity.CREDIT)
                    .credit(500L));
            PointsRequest custom = new PointsRequest().id(ADA).actionId(107).activity(PointsActivity.DEBIT).debit(200L);

            assertApiError(InvalidRequestException.class, 400, "AC1004", () -> client.points().postPoints(custom));
            client.points().postPoints(custom.reason("Charity donation"));
            assertThat(LedgerAssertions.balancedBalance(client, ADA).getUsedPoints()).isEqualTo(200L);
        }
    }

    @Nested
    class CampaignsAndSeries {

        @Test
        void reviewsEarnDoubleDuringTheDemoCampaignAndCompleteTheWelcomeSeries(AnnexCloudClient client) {
            enrol(client);
            client.points().postPoints(award(101));
            client.points().postPoints(award(102));
            client.points().postPoints(award(102));

            // 100 sign-up + 2 × (50 + 50 campaign) + 40 milestone + 25 series bonus
            assertThat(LedgerAssertions.balancedBalance(client, ADA).getLifetimePoints()).isEqualTo(365L);
            MemberCampaignList campaigns = client.campaigns().getMemberCampaigns(ADA);
            var view = campaigns.getAllCampaignDetails().get(0);
            assertThat(view.getCampaignId()).isEqualTo("2051");
            assertThat(view.getCampaignStatus()).isEqualTo("Active");
            assertThat(view.getCompletedCredits()).isEqualTo(2);
            assertThat(view.getCampaignPointsEarned()).isEqualTo(140L);
            assertThat(view.getMilestones().get(0).getCompleted()).isTrue();

            MemberActionSeriesResponse series = client.actions().getMemberActionSeries(ADA,
                    new ActionSeriesRequest().actionSeriesId(1234));
            assertThat(series.getCompletedActionSeries().getBonusPoints()).isEqualTo(25L);
            assertThat(series.getCompletedActionSeries().getActionSeriesType()).isEqualTo("Based on Count");
        }

        @Test
        void theCampaignIsReadableAndEndsWithItsWindow(AnnexCloudClient client, AnnexCloudMockServer mock) {
            var detail = client.campaigns().getCampaign("2051").getCampaignDetail();
            assertThat(detail.getPointsRule().getActions()).containsExactly("102");
            assertThat(detail.getPointsRule().getMultiplier()).isEqualByComparingTo("2");
            assertApiError(dev.annexkit.sdk.errors.NotFoundException.class, 404, "AC1005",
                    () -> client.campaigns().getCampaign("404"));

            mock.clock().advance(Duration.ofDays(20));
            assertThat(client.campaigns().listCampaigns(ListCampaignsParams.builder().status("Expired").build()).getTotal()).isEqualTo(1);
            enrol(client);
            client.points().postPoints(award(102));
            assertThat(LedgerAssertions.balancedBalance(client, ADA).getLifetimePoints()).isEqualTo(50L);
        }
    }
}
