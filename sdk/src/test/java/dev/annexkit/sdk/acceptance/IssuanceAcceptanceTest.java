package dev.annexkit.sdk.acceptance;

import static dev.annexkit.sdk.acceptance.ApiErrors.assertApiError;
import static dev.annexkit.sdk.acceptance.LedgerAssertions.balancedBalance;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annexkit.mock.Seed;
import dev.annexkit.mock.junit.AnnexCloudMock;
import dev.annexkit.sdk.AnnexCloudClient;
import dev.annexkit.sdk.errors.ConflictException;
import dev.annexkit.sdk.errors.InvalidRequestException;
import dev.annexkit.sdk.errors.NotFoundException;
import dev.annexkit.sdk.model.BlocklistRequest;
import dev.annexkit.sdk.model.Issuance;
import dev.annexkit.sdk.model.IssuanceCreateStatus;
import dev.annexkit.sdk.model.IssuanceFullCancelRequest;
import dev.annexkit.sdk.model.IssuanceLookupRequest;
import dev.annexkit.sdk.model.IssuancePage;
import dev.annexkit.sdk.model.IssuanceProduct;
import dev.annexkit.sdk.model.IssuanceRequest;
import dev.annexkit.sdk.model.MemberCreateRequest;
import dev.annexkit.sdk.model.PointBalance;
import dev.annexkit.sdk.requests.Issuances;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import dev.annexkit.sdk.service.IssuanceService.FindMemberIssuancesParams;

@AnnexCloudMock(seed = Seed.DEMO)
class IssuanceAcceptanceTest {

    static final String ADA = "ada@example.com";
    static final String BOB = "bob@example.com";

    static IssuanceRequest sale(String orderId, long points) {
        return Issuances.purchase(orderId, ADA, 174, new BigDecimal("100"), points).source("Web")
                .pointType("Regular").storeId("IN12369").orderDate("2024-06-19")
                .productDetails(List.of(new IssuanceProduct().productId("p1").productName("wool sweater")
                        .productQuantity(2)));
    }

    static void enroll(AnnexCloudClient client, String id) {
        client.users().createMember(new MemberCreateRequest().id(id).email(id));
    }

    @Nested
    class CreateIssuance {

        @Test
        void aPurchaseCreditsTheClientsPointsAndEchoesTheTransaction(AnnexCloudClient client) {
            enroll(client, ADA);

            Issuance recorded = client.issuance().createIssuance(sale("12345", 500));

            assertThat(recorded.getOrderId()).isEqualTo("12345");
            assertThat(recorded.getUserId()).isEqualTo(ADA);
            assertThat(recorded.getActionId()).isEqualTo(174);
            assertThat(recorded.getPointsAwarded()).isEqualTo(500L);
            assertThat(recorded.getOrderStatus()).isEqualTo("SHIP");
            assertThat(recorded.getStoreId()).isEqualTo("IN12369");
            assertThat(recorded.getProductDetails()).extracting(IssuanceProduct::getProductId).containsExactly("p1");
            assertThat(balancedBalance(client, ADA).getAvailablePoints()).isEqualTo(500L);
        }

        @Test
        void aNonPurchaseTransactionCreditsToo(AnnexCloudClient client) {
            enroll(client, ADA);
            Issuance fee = client.issuance().createIssuance(Issuances.nonPurchase("FEE-1", ADA, 180, 250));
            assertThat(fee.getPointsAwarded()).isEqualTo(250L);
            assertThat(balancedBalance(client, ADA).getLifetimePoints()).isEqualTo(250L);
        }

        @Test
        void holdKeepsThePointsOnHoldUntilAReplaceShipsThem(AnnexCloudClient client) {
            enroll(client, ADA);
            Issuance held = client.issuance().createIssuance(sale("H1", 300).orderStatus(IssuanceCreateStatus.HOLD));
            assertThat(held.getPointsAwarded()).isZero();
            assertThat(held.getPointsOnHold()).isEqualTo(300L);
            PointBalance b = balancedBalance(client, ADA);
            assertThat(b.getAvailablePoints()).isZero();
            assertThat(b.getHoldPoints()).isEqualTo(300L);

            Issuance shipped = client.issuance().replaceIssuance(sale("H1", 300));

            assertThat(shipped.getPointsAwarded()).isEqualTo(300L);
            b = balancedBalance(client, ADA);
            assertThat(b.getAvailablePoints()).isEqualTo(300L);
            assertThat(b.getHoldPoints()).isZero();
            assertThat(b.getLifetimePoints()).isEqualTo(300L);
        }

        @Test
        void aDuplicateIs409AnUnknownMember404AndABlocklistedMemberRefused(AnnexCloudClient client) {
            enroll(client, ADA);
            client.issuance().createIssuance(sale("D1", 100));
            assertApiError(ConflictException.class, 409, "AC1006",
                    () -> client.issuance().createIssuance(sale("D1", 100)));
            assertApiError(NotFoundException.class, 404, "AC1005", () -> client.issuance().createIssuance(
                    Issuances.nonPurchase("X1", "nobody@example.com", 180, 5)));
            client.blocklist().addToBlocklist(new BlocklistRequest().blocklistUsers(ADA));
            assertApiError(InvalidRequestException.class, 400, "AC1020",
                    () -> client.issuance().createIssuance(sale("D2", 100)));
            assertThat(balancedBalance(client, ADA).getLifetimePoints()).isEqualTo(100L);
        }
    }

    @Nested
    class ReplaceIssuance {

        @Test
        void theMembersPointsFollowTheNewTotal(AnnexCloudClient client) {
            enroll(client, ADA);
            client.issuance().createIssuance(sale("P1", 500));

            Issuance more = client.issuance().replaceIssuance(sale("P1", 600).orderTotalSpend(new BigDecimal("120")));
            assertThat(more.getPointsAwarded()).isEqualTo(600L);
            assertThat(more.getOrderTotalSpend()).isEqualByComparingTo("120");
            assertThat(balancedBalance(client, ADA).getAvailablePoints()).isEqualTo(600L);

            Issuance less = client.issuance().replaceIssuance(sale("P1", 450));
            assertThat(less.getPointsAwarded()).isEqualTo(450L);
            assertThat(balancedBalance(client, ADA).getAvailablePoints()).isEqualTo(450L);
        }

        @Test
        void anUnknownIssuanceIs404AnotherMember400AndReleasedPointsCannotBeHeld(AnnexCloudClient client) {
            enroll(client, ADA);
            enroll(client, BOB);
            client.issuance().createIssuance(sale("P1", 500));
            assertApiError(NotFoundException.class, 404, "AC1005",
                    () -> client.issuance().replaceIssuance(sale("NOPE", 500)));
            assertApiError(InvalidRequestException.class, 400, "AC1039",
                    () -> client.issuance().replaceIssuance(sale("P1", 500).userId(BOB)));
            assertApiError(InvalidRequestException.class, 400, "AC1038", () -> client.issuance()
                    .replaceIssuance(sale("P1", 500).orderStatus(IssuanceCreateStatus.HOLD)));
            assertThat(balancedBalance(client, ADA).getAvailablePoints()).isEqualTo(500L);
        }
    }

    @Nested
    class UpdateIssuanceStatus {

        @Test
        void aPartialReturnDebitsThePointsSentAndAFullReturnTheRest(AnnexCloudClient client) {
            enroll(client, ADA);
            IssuanceRequest sale = sale("R1", 500);
            client.issuance().createIssuance(sale);

            Issuance partly = client.issuance().updateIssuanceStatus(Issuances.partialReturn(sale, 200,
                    List.of(new IssuanceProduct().productId("p1").productQuantity(1))));
            assertThat(partly.getPointsAwarded()).isEqualTo(300L);
            assertThat(partly.getOrderStatus()).isEqualTo("Partial Return");
            assertThat(balancedBalance(client, ADA).getAvailablePoints()).isEqualTo(300L);

            Issuance returned = client.issuance().updateIssuanceStatus(Issuances.fullReturn(sale));
            assertThat(returned.getPointsAwarded()).isZero();
            assertThat(returned.getOrderStatus()).isEqualTo("Return");
            assertThat(balancedBalance(client, ADA).getAvailablePoints()).isZero();
        }

        @Test
        void returningMoreThanAwardedIsRefusedAndChangesNothing(AnnexCloudClient client) {
            enroll(client, ADA);
            IssuanceRequest sale = sale("R1", 500);
            client.issuance().createIssuance(sale);
            assertApiError(InvalidRequestException.class, 400, "AC1037", () -> client.issuance()
                    .updateIssuanceStatus(Issuances.partialReturn(sale, 501, List.of())));
            assertThat(balancedBalance(client, ADA).getAvailablePoints()).isEqualTo(500L);
        }

        @Test
        void aPartialCancelThenAFullCancelTakeEverythingBack(AnnexCloudClient client) {
            enroll(client, ADA);
            IssuanceRequest sale = sale("C1", 500);
            client.issuance().createIssuance(sale);

            Issuance partly = client.issuance().updateIssuanceStatus(Issuances.partialCancel(sale,
                    List.of(new IssuanceProduct().productId("p1").productQuantity(1))).orderTotalPoints(250L));
            assertThat(partly.getPointsAwarded()).isEqualTo(250L);
            assertThat(partly.getOrderStatus()).isEqualTo("Partial Cancel");

            Issuance cancelled = client.issuance()
                    .updateIssuanceStatus(new IssuanceFullCancelRequest().orderId("C1"));
            assertThat(cancelled.getPointsAwarded()).isZero();
            assertThat(cancelled.getOrderStatus()).isEqualTo("Full Cancel");
            PointBalance b = balancedBalance(client, ADA);
            assertThat(b.getAvailablePoints()).isZero();
            assertThat(b.getLifetimePoints()).isEqualTo(500L);
        }

        @Test
        void heldPointsAreVoided(AnnexCloudClient client) {
            enroll(client, ADA);
            client.issuance().createIssuance(sale("H1", 300).orderStatus(IssuanceCreateStatus.HOLD));

            Issuance cancelled = client.issuance().updateIssuanceStatus(Issuances.fullCancel("H1"));

            assertThat(cancelled.getPointsOnHold()).isZero();
            PointBalance b = balancedBalance(client, ADA);
            assertThat(b.getHoldPoints()).isZero();
            assertThat(b.getLifetimePoints()).isZero();
        }

        @Test
        void aFullyReturnedIssuanceCannotBeCancelledAndAnUnknownOneIs404(AnnexCloudClient client) {
            enroll(client, ADA);
            IssuanceRequest sale = sale("R1", 500);
            client.issuance().createIssuance(sale);
            client.issuance().updateIssuanceStatus(Issuances.fullReturn(sale));

            assertApiError(InvalidRequestException.class, 400, "AC1036",
                    () -> client.issuance().updateIssuanceStatus(Issuances.fullCancel("R1")));
            assertApiError(NotFoundException.class, 404, "AC1005",
                    () -> client.issuance().updateIssuanceStatus(Issuances.fullCancel("NOPE")));
            assertThat(balancedBalance(client, ADA).getAvailablePoints()).isZero();
        }
    }

    @Nested
    class FindMemberIssuances {

        @Test
        void pagesTheMembersTransactionsNewestFirstAndFiltersByOrderId(AnnexCloudClient client) {
            enroll(client, ADA);
            enroll(client, BOB);
            client.issuance().createIssuance(sale("A", 10));
            client.issuance().createIssuance(sale("B", 20));
            client.issuance().createIssuance(sale("C", 30));
            client.issuance().createIssuance(Issuances.nonPurchase("Z", BOB, 180, 5));

            IssuancePage first = client.issuance().findMemberIssuances(ADA, new IssuanceLookupRequest(), FindMemberIssuancesParams.builder().page(1).limit(2).build());
            assertThat(first.getCurrentPage()).isEqualTo(1);
            assertThat(first.getPages()).isEqualTo(2);
            assertThat(first.getTotal()).isEqualTo(3);
            assertThat(first.getIssuanceDetails()).extracting(Issuance::getOrderId).containsExactly("C", "B");

            IssuancePage one = client.issuance().findMemberIssuances(ADA, new IssuanceLookupRequest().orderId("A").userId(ADA), FindMemberIssuancesParams.builder().page(1).limit(10).build());
            assertThat(one.getIssuanceDetails()).extracting(Issuance::getPointsAwarded).containsExactly(10L);
        }

        @Test
        void aBodyUserOtherThanThePathIs400AndAnUnknownMember404(AnnexCloudClient client) {
            enroll(client, ADA);
            assertApiError(InvalidRequestException.class, 400, "AC1004", () -> client.issuance()
                    .findMemberIssuances(ADA, new IssuanceLookupRequest().userId(BOB), FindMemberIssuancesParams.builder().page(1).limit(10).build()));
            assertApiError(NotFoundException.class, 404, "AC1005", () -> client.issuance()
                    .findMemberIssuances("nobody@example.com", new IssuanceLookupRequest(), FindMemberIssuancesParams.builder().page(1).limit(10).build()));
        }
    }
}
