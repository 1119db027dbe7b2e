package dev.annexkit.sdk.acceptance;

import static dev.annexkit.sdk.acceptance.ApiErrors.assertApiError;
import static dev.annexkit.sdk.acceptance.LedgerAssertions.balancedBalance;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annexkit.mock.Seed;
import dev.annexkit.mock.junit.AnnexCloudMock;
import dev.annexkit.sdk.AnnexCloudClient;
import dev.annexkit.sdk.errors.ConflictException;
import dev.annexkit.sdk.errors.InvalidRequestException;
import dev.annexkit.sdk.model.BulkPointsEntry;
import dev.annexkit.sdk.model.BulkPointsResponse;
import dev.annexkit.sdk.model.MemberCreateRequest;
import dev.annexkit.sdk.model.PointBalance;
import dev.annexkit.sdk.model.PointsActivity;
import dev.annexkit.sdk.model.PointsRequest;
import dev.annexkit.sdk.model.PointsResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@AnnexCloudMock(seed = Seed.DEMO)
class PointsAcceptanceTest {

    static final String ADA = "ada@example.com";
    static final String BOB = "bob@example.com";

    static void enrol(AnnexCloudClient client, String id) {
        client.users().createMember(new MemberCreateRequest().id(id).email(id));
    }

    static PointsResponse credit(AnnexCloudClient client, String id, long points) {
        return client.points().postPoints(new PointsRequest().id(id).actionId(100)
                .activity(PointsActivity.CREDIT).credit(points).reason("test credit"));
    }

    static PointsRequest debit(String id, long points) {
        return new PointsRequest().id(id).actionId(100).activity(PointsActivity.DEBIT).debit(points).reason("test debit");
    }

    @Nested
    class PostPoints {

        @Test
        void manualCreditShowsInTheBalance(AnnexCloudClient client) {
            enrol(client, ADA);

            PointsResponse credited = credit(client, ADA, 250);

            PointBalance balance = balancedBalance(client, ADA);
            assertThat(credited.getCredit()).isEqualTo(250L);
            assertThat(credited.getAvailablePoints()).isEqualTo(250L);
            assertThat(balance.getAvailablePoints()).isEqualTo(250L);
            assertThat(balance.getLifetimePoints()).isEqualTo(250L);
            assertThat(balance.getUsedPoints()).isZero();
        }

        @Test
        void debitLowersAvailableAndRaisesUsed(AnnexCloudClient client) {
            enrol(client, ADA);
            credit(client, ADA, 500);

            PointsResponse debited = client.points().postPoints(debit(ADA, 120));

            PointBalance balance = balancedBalance(client, ADA);
            assertThat(debited.getDebit()).isEqualTo(120L);
            assertThat(balance.getAvailablePoints()).isEqualTo(380L);
            assertThat(balance.getUsedPoints()).isEqualTo(120L);
            assertThat(balance.getLifetimePoints()).isEqualTo(500L);
        }

        @Test
        void configuredActionAwardsItsOwnPointsWithoutAnAmount(AnnexCloudClient client) {
            enrol(client, ADA);

            PointsResponse awarded = client.points().postPoints(new PointsRequest().id(ADA).actionId(101)
                    .activity(PointsActivity.CREDIT));

            assertThat(awarded.getCredit()).isEqualTo(100L);
            assertThat(balancedBalance(client, ADA).getAvailablePoints()).isEqualTo(100L);
        }

        @Test
        void debitingMoreThanAvailableIsRejectedAndLeavesBalanceUnchanged(AnnexCloudClient client) {
            enrol(client, ADA);
            credit(client, ADA, 200);
            PointBalance before = balancedBalance(client, ADA);

            assertApiError(InvalidRequestException.class, 400, "AC1010",
                    () -> client.points().postPoints(debit(ADA, 201)));

            assertThat(balancedBalance(client, ADA)).isEqualTo(before);
        }

        @Test
        void redeemingARewardByActionIssuesACodeAndDebitsItsPrice(AnnexCloudClient client) {
            enrol(client, ADA);
            credit(client, ADA, 1_000);

            PointsResponse redeemed = client.points().postPoints(new PointsRequest().id(ADA).actionId(107)
                    .activity(PointsActivity.DEBIT).rewardId("FREE-SHIPPING"));

            PointBalance balance = balancedBalance(client, ADA);
            assertThat(redeemed.getRewardCode()).startsWith("SHIP-");
            assertThat(redeemed.getDebit()).isEqualTo(300L);
            assertThat(balance.getAvailablePoints()).isEqualTo(700L);
            assertThat(balance.getUsedPoints()).isEqualTo(300L);
        }

        @Test
        void repeatedCustomIdForTheSameActionIsAConflictAndBooksNothingTwice(AnnexCloudClient client) {
            enrol(client, ADA);
            PointsRequest once = new PointsRequest().id(ADA).actionId(100).activity(PointsActivity.CREDIT)
                    .credit(75L).customId("order-42");
            client.points().postPoints(once);

            assertApiError(ConflictException.class, 409, "AC1006", () -> client.points().postPoints(once));

            PointBalance balance = balancedBalance(client, ADA);
            assertThat(balance.getAvailablePoints()).isEqualTo(75L);
            assertThat(balance.getLifetimePoints()).isEqualTo(75L);
        }

        @Test
        void creditSentTogetherWithADebitIsRejectedNamingTheStrayField(AnnexCloudClient client) {
            enrol(client, ADA);
            credit(client, ADA, 100);

            InvalidRequestException e = assertApiError(InvalidRequestException.class, 400, "AC1004",
                    () -> client.points().postPoints(debit(ADA, 10).credit(10L)));

            assertThat(e.errorMessage()).contains("credit");
            assertThat(balancedBalance(client, ADA).getAvailablePoints()).isEqualTo(100L);
        }

        @Test
        void crossingTheSilverThresholdReportsTheTierChange(AnnexCloudClient client) {
            enrol(client, ADA);
            PointsResponse below = credit(client, ADA, 900);

            PointsResponse crossing = credit(client, ADA, 200);

            assertThat(below.getPreviousTier()).isNull();
            assertThat(below.getUpdatedUserTier()).isNull();
            assertThat(crossing.getPreviousTier()).isEqualTo("Bronze");
            assertThat(crossing.getUpdatedUserTier()).isEqualTo("Silver");
            assertThat(balancedBalance(client, ADA).getCurrentTier()).isEqualTo("Silver");
        }

        @Test
        void unknownMemberIsNotFound(AnnexCloudClient client) {
            assertApiError(dev.annexkit.sdk.errors.NotFoundException.class, 404, "AC1005",
                    () -> credit(client, "ghost@example.com", 10));
        }
    }

    @Nested
    class PostBulkPoints {

        @Test
        void entriesApplyIndependentlyAndAnUnknownMemberIsReportedFailed(AnnexCloudClient client) {
            enrol(client, ADA);
            enrol(client, BOB);
            BulkPointsEntry viaSlashKey = new BulkPointsEntry().id(ADA).actionId("100")
                    .activity(PointsActivity.CREDIT).reason("bulk");
            viaSlashKey.setDebitCredit(40L);
            Map<String, BulkPointsEntry> entries = new LinkedHashMap<>();
            entries.put("1", viaSlashKey);
            entries.put("2", new BulkPointsEntry().id("ghost@example.com").actionId("100")
                    .activity(PointsActivity.CREDIT).credit(10L));
            entries.put("3", new BulkPointsEntry().id(BOB).actionId("100")
                    .activity(PointsActivity.CREDIT).credit(60L));

            BulkPointsResponse response = client.points().postBulkPoints(entries);

            assertThat(response.getResults()).containsOnlyKeys("1", "2", "3");
            assertThat(response.getResults().get("1").getStatus()).isEqualTo("Success");
            assertThat(response.getResults().get("1").getAvailablePoints()).isEqualTo(40L);
            assertThat(response.getResults().get("3").getStatus()).isEqualTo("Success");
            assertThat(response.getResults().get("2").getStatus()).isEqualTo("Failed");
            assertThat(response.getResults().get("2").getErrorCode()).isEqualTo("AC1005");
            assertThat(balancedBalance(client, ADA).getAvailablePoints()).isEqualTo(40L);
            assertThat(balancedBalance(client, BOB).getAvailablePoints()).isEqualTo(60L);
        }

        @Test
        void slashKeyWithADebitActivityDebits(AnnexCloudClient client) {
            enrol(client, ADA);
            credit(client, ADA, 100);
            BulkPointsEntry entry = new BulkPointsEntry().id(ADA).actionId("100").activity(PointsActivity.DEBIT);
            entry.setDebitCredit(30L);

            BulkPointsResponse response = client.points().postBulkPoints(Map.of("1", entry));

            assertThat(response.getResults().get("1").getDebit()).isEqualTo(30L);
            PointBalance balance = balancedBalance(client, ADA);
            assertThat(balance.getAvailablePoints()).isEqualTo(70L);
            assertThat(balance.getUsedPoints()).isEqualTo(30L);
        }
    }

    @Nested
    class GetPointBalance {

        @Test
        void seededDemoMemberIsSilverWithItsOpeningBalance(AnnexCloudClient client) {
            PointBalance balance = balancedBalance(client, "demo@annexkit.dev");

            assertThat(balance.getAvailablePoints()).isEqualTo(1_200L);
            assertThat(balance.getCurrentTier()).isEqualTo("Silver");
            assertThat(balance.getPointsToNextTier()).isEqualTo("3800");
        }
    }
}
