package dev.annexkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.Seed;
import dev.annexkit.mock.junit.AnnexCloudMock;
import dev.annexkit.sdk.AnnexCloudClient;
import dev.annexkit.sdk.model.MemberResponse;
import dev.annexkit.sdk.model.MemberTier;
import dev.annexkit.sdk.model.OptInStatus;
import dev.annexkit.sdk.model.PointBalance;
import dev.annexkit.sdk.model.Receipt;
import dev.annexkit.sdk.model.RewardAssignResponse;
import dev.annexkit.sdk.model.SurveyResponse;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs every example against the in-process mock server and checks what it did to the program's state. */
@AnnexCloudMock(seed = Seed.DEMO)
class AllExamplesTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @Test
    void quickstartEnrolsEarnsAndReceivesACouponReward(AnnexCloudClient client, AnnexCloudMockServer mock) {
        RewardAssignResponse assigned = Quickstart.run(client, out);

        assertThat(assigned.getRewardCode()).startsWith("SHIP-");
        assertThat(mock.program().balance("ada@example.com").available()).isEqualTo(100 + 400 - 300);
        assertThat(output()).contains("ada@example.com has 500 points available", "can afford FIVE-OFF",
                "history: FREE-SHIPPING Awarded (300 points)", "200 points left");
    }

    @Test
    void redeemAtCheckoutDebitsOnceAndExplainsTheRefusals(AnnexCloudClient client, AnnexCloudMockServer mock) {
        RedeemAtCheckout.run(client, out);

        assertThat(mock.program().balance("grace@example.com").available()).isEqualTo(100);
        assertThat(output()).contains("redeemed FIVE-OFF for 500 points, 100 left",
                "second submission refused (AC1006)", "not enough points: HTTP 400 AC1010");
    }

    @Test
    void loadCouponCodesReportsRefusedCodesAndExactPoolCounts(AnnexCloudClient client, AnnexCloudMockServer mock) {
        int total = LoadCouponCodes.run(client, out);

        assertThat(total).isEqualTo(mock.program().reward("FREE-SHIPPING").coupons().total());
        assertThat(output()).contains("refused SHIP-1002", "refused bad code!", "accepted 1 of 3");
    }

    @Test
    void checkoutEarnsOnTheOrderAndReversesTheReturnedUnit(AnnexCloudClient client, AnnexCloudMockServer mock) {
        PointBalance balance = Checkout.run(client, out);

        assertThat(balance.getAvailablePoints()).isEqualTo(55 - 15);
        assertThat(mock.program().balance("lin@example.com").available()).isEqualTo(55 - 15);
        assertThat(output()).contains("the cart would earn 55 points", "order SO-5001 earned 55 points",
                "returning one mug removed 15 points");
    }

    @Test
    void memberLifecycleOptsInMergesAndQueuesTheDeletion(AnnexCloudClient client, AnnexCloudMockServer mock) {
        MemberResponse survivor = MemberLifecycle.run(client, out);

        assertThat(survivor.getOptInStatus()).isEqualTo(OptInStatus.YES);
        assertThat(mock.program().balance("maria@example.com").available()).isEqualTo(150);
        assertThat(output()).contains("Maria Lopez opted in: YES", "search 'maria%' found 2 members",
                "after the merge maria@example.com has 150 points", "requested by dpo@example.com");
    }

    @Test
    void tiersAndProgressReachesSilverAndReadsTheWayToGold(AnnexCloudClient client) {
        MemberTier tier = TiersAndProgress.run(client, out);

        assertThat(tier.getCurrentTier()).isEqualTo("Silver");
        assertThat(tier.getPointsToNextTier()).isEqualTo("4000");
        assertThat(output()).contains("tier Bronze", "tier Gold", "starts in Bronze, 1000 points to Silver");
    }

    @Test
    void rewardsCatalogueAssignsAndRefundsACancelledAssignment(AnnexCloudClient client, AnnexCloudMockServer mock) {
        long available = RewardsCatalogue.run(client, out);

        assertThat(available).isEqualTo(2_500);
        assertThat(mock.program().balance("kofi@example.com").available()).isEqualTo(2_500);
        assertThat(output()).contains("live: FIVE-OFF", "kofi@example.com can afford FREE-SHIPPING",
                "VIP-LOUNGE refused: AC1013", "history: FIVE-OFF Cancelled");
    }

    @Test
    void receiptsCreditThePointsOnceApproved(AnnexCloudClient client, AnnexCloudMockServer mock) {
        Receipt reviewed = Receipts.run(client, mock, out);

        assertThat(reviewed.getPointsAwarded()).isEqualTo(120L);
        assertThat(mock.program().balance("sam@example.com").available()).isEqualTo(120);
        assertThat(output()).contains("is Pending", "sam@example.com has 120 points");
    }

    @Test
    void familyGroupPoolsPointsAndSpendsThemFromThePool(AnnexCloudClient client, AnnexCloudMockServer mock) {
        long pool = FamilyGroup.run(client, out);

        assertThat(pool).isEqualTo(300 + 250 - 500);
        assertThat(mock.program().balance("parent@example.com").available()).isEqualTo(400 - 300);
        assertThat(mock.program().balance("child@example.com").available()).isEqualTo(400 - 250);
        assertThat(output()).contains("the pool holds 550 points");
    }

    @Test
    void surveyBenefitIsCreditedOnceForOneResponse(AnnexCloudClient client, AnnexCloudMockServer mock) {
        SurveyResponse response = SurveyBenefit.run(client, out);

        assertThat(response.getPointsAwarded()).isEqualTo(50L);
        assertThat(mock.program().balance("ines@example.com").available()).isEqualTo(50);
        assertThat(output()).contains("earned 50 points", "a second response is refused (AC1006)");
    }

    @Test
    void errorsAndRetriesBooksTheRetriedCreditOnceAndReportsTheUnknownDebit(AnnexCloudClient client,
                                                                          AnnexCloudMockServer mock) {
        long available = ErrorsAndRetries.run(client, mock, out);

        assertThat(available).isEqualTo(500 - 200);
        assertThat(mock.program().balance("olu@example.com").available()).isEqualTo(300);
        assertThat(output()).contains("HTTP 404 AC1005", "HTTP 400 AC1010", "credit applied once (attempt 2",
                "debit outcome unknown: true", "the ledger says 300 points");
    }

    @Test
    void pointsBadgeShowsAMembersBalanceAndInvitesVisitors(AnnexCloudClient client) {
        PointsBadge badge = new PointsBadge(client);       // its own test class, PointsBadgeTest, shows the rest

        assertThat(badge.textFor("demo@annexkit.dev")).isEqualTo("1,200 points · Silver");
        assertThat(badge.textFor("visitor@example.com")).isEqualTo("Join our loyalty program");
    }

    @Test
    void everyExampleAlsoRunsFromItsMainMethod() {
        Quickstart.main(new String[0]);
        RedeemAtCheckout.main(new String[0]);
        LoadCouponCodes.main(new String[0]);
        Checkout.main(new String[0]);
        MemberLifecycle.main(new String[0]);
        TiersAndProgress.main(new String[0]);
        RewardsCatalogue.main(new String[0]);
        Receipts.main(new String[0]);
        FamilyGroup.main(new String[0]);
        SurveyBenefit.main(new String[0]);
        ErrorsAndRetries.main(new String[0]);
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}
