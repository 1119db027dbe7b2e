package dev.annexkit.mock.connectors;

import static dev.annexkit.mock.connectors.ReplayServer.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.MockHttp;
import dev.annexkit.mock.Seed;
import dev.annexkit.mock.domain.DemoProgram;
import dev.annexkit.mock.domain.ProgramSettings;
import dev.annexkit.mock.domain.order.OrderHoldPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The other known clients, replayed from what AnnexKit's reference notes record of them
 * ({@code /work/shared/reference/annex-cloud/}: tags-A.md §3 "POST /points", tags-B.md §2.1–2.3 "Orders",
 * auth-and-errors.md §3): Annex Cloud's NetSuite sales-order script (2018; sales order, PUT return/cancel,
 * manual credit), the SuiteCommerce reward claim, the Flutter sample (its exp in microseconds), and the
 * documentation's own order-Add and issuance examples as published (objects where the spec has arrays, numbers
 * where it has strings). Payload values are ours.
 */
class NetSuiteAndStorefrontReplayTest {

    private static final String DEMO = DemoProgram.DEMO_MEMBER;

    private static AnnexCloudMockServer mock;
    private ConnectorClient netSuite;

    @BeforeAll
    static void startMock() {
        mock = ReplayServer.start();
    }

    @AfterAll
    static void stopMock() {
        mock.stop();
    }

    @BeforeEach
    void freshProgram() {
        mock.reset();
        netSuite = ConnectorClient.netSuite(mock.baseUrl(), mock.credentials(), ReplayServer.NOW);
    }

    private static long available(ConnectorClient client, String memberId) {
        return ok(client.get("/points/" + memberId, memberId)).json().path("availablePoints").asLong();
    }

    /** The NetSuite sales order: tranid as id, integer quantities, 2-dp price strings, coupons as an array. */
    private static String salesOrder(String tranId) {
        return "{\"id\":\"" + tranId + "\",\"userId\":\"" + DEMO + "\",\"email\":\"" + DEMO + "\","
                + "\"firstName\":\"Demo\",\"lastName\":\"Member\",\"orderTotal\":74,\"source\":\"NetSuite\","
                + "\"discountAmount\":5,\"coupon\":[\"SPRING5\"],"
                + "\"orderDetail\":[{\"id\":\"NS-100\",\"quantity\":3,\"unitPrice\":\"12.00\"},"
                + "{\"id\":\"NS-200\",\"quantity\":1,\"unitPrice\":\"43.00\"}]}";
    }

    @Nested
    class NetSuiteSalesOrderScript {

        @Test
        void theSalesOrderIsBookedWithItsPoints() {
            ConnectorClient.Reply reply = ok(netSuite.send("POST", "/orders", salesOrder("SO-NS-1")));

            assertThat(reply.json().path("pointsAwarded").asLong()).isEqualTo(79);
            assertThat(reply.tolerated()).contains("number-to-string");
            assertThat(available(netSuite, DEMO)).isEqualTo(1_279);
        }

        @Test
        void aWholeOrderReturnByPutDebitsItsPoints() {
            ok(netSuite.send("POST", "/orders", salesOrder("SO-NS-2")));

            JsonNode answer = ok(netSuite.send("PUT", "/orders/SO-NS-2",
                    "{\"orderId\":\"SO-NS-2\",\"status\":\"return\"}")).json();

            assertThat(answer.path("pointsRemoved").asLong()).isEqualTo(79);
            assertThat(available(netSuite, DEMO)).isEqualTo(1_200);
        }

        @Test
        void aWholeOrderCancelByPutOnASiteHoldingPointsDropsTheHeldPoints() {
            AnnexCloudMockServer holding = MockHttp.server().seed(Seed.DEMO)
                    .settings(ProgramSettings.noExpiry().withOrderHold(OrderHoldPolicy.daysAfterShip(14))).start();
            try {
                ConnectorClient client = ConnectorClient.netSuite(holding.baseUrl(), holding.credentials(),
                        ReplayServer.NOW);
                assertThat(ok(client.send("POST", "/orders", salesOrder("SO-NS-3"))).json()
                        .path("pointsOnHold").asLong()).isEqualTo(79);

                JsonNode answer = ok(client.send("PUT", "/orders/SO-NS-3",
                        "{\"orderId\":\"SO-NS-3\",\"status\":\"cancel\"}")).json();

                assertThat(answer.path("pointsOnHold").asLong()).isZero();
                assertThat(ok(client.get("/points/" + DEMO, DEMO)).json().path("holdPoints").asLong()).isZero();
            } finally {
                holding.stop();
            }
        }

        @Test
        void aManualCreditWithStringActionIdCredits() {
            ok(netSuite.send("POST", "/points", "{\"id\":\"" + DEMO + "\",\"actionId\":\"100\",\"activity\":\"CREDIT\","
                    + "\"credit\":25,\"reason\":\"NetSuite goodwill\"}"));

            assertThat(available(netSuite, DEMO)).isEqualTo(1_225);
        }
    }

    @Nested
    class SuiteCommerce {

        @Test
        void aRewardClaimWithAnEmailAndNoActionIdRedeemsTheReward() {
            ConnectorClient.Reply reply = ok(netSuite.send("POST", "/points", "{\"id\":\"" + DEMO + "\",\"email\":\""
                    + DEMO + "\",\"rewardId\":\"" + DemoProgram.FIVE_OFF + "\",\"activity\":\"DEBIT\","
                    + "\"reason\":\"claim\"}"));

            assertThat(reply.tolerated()).contains("unknown-field");
            assertThat(available(netSuite, DEMO)).isEqualTo(700);
        }
    }

    @Nested
    class FlutterSample {

        @Test
        void itsMicrosecondExpiryIsAcceptedForTheReadsItMakes() {
            ConnectorClient flutter = ConnectorClient.flutter(mock.baseUrl(), mock.credentials(), ReplayServer.NOW);

            assertThat(ok(flutter.get("/users/" + DEMO, DEMO)).json().path("id").asText()).isEqualTo(DEMO);
            assertThat(ok(flutter.get("/users/" + DEMO + "/activity", DEMO)).json().path("activityDetail").isArray())
                    .isTrue();
        }
    }

    @Nested
    class DocumentationAsPublished {

        @Test
        void theOrderAddExampleWithOneObjectAndNumbersAddsTheLine() {
            ok(netSuite.send("POST", "/orders", salesOrder("123abc")));

            // docs "PATCH /orders/orderid - Add to an existing order": orderDetail an object, integers.
            JsonNode answer = ok(netSuite.send("PATCH", "/orders/123abc", "{\"orderId\":\"123abc\",\"status\":\"Add\","
                    + "\"disregardHoldPeriod\":\"YES\",\"orderDetail\":{\"id\":\"p1\",\"quantity\":2,"
                    + "\"unitPrice\":230}}")).json();

            assertThat(answer.path("pointsAwarded").asLong()).isEqualTo(539);
            assertThat(available(netSuite, DEMO)).isEqualTo(1_739);
        }

        @Test
        void theIssuanceExampleWithProductDetailsAsAnObjectAndTheUtcDateIsRecorded() {
            // docs "POST /issuance": productDetails typed as an object; PUT/cancel pages give the UTC date form.
            ok(netSuite.send("POST", "/issuance", "{\"orderId\":\"12345\",\"userId\":\"" + DEMO + "\","
                    + "\"actionId\":109,\"source\":\"Web\",\"coupon\":\"acdb2344\",\"orderTotalSpend\":100,"
                    + "\"orderTotalPoints\":500,\"orderDiscountAmount\":50,\"orderStatus\":\"SHIP\","
                    + "\"pointType\":\"Regular\",\"orderDate\":\"2024-06-19 10:00:00 UTC\","
                    + "\"orderShipDate\":\"2024-06-19\",\"storeId\":\"IN12369\","
                    + "\"productDetails\":{\"productId\":\"p1\",\"productName\":\"wool sweater\","
                    + "\"productQuantity\":2}}"));

            assertThat(available(netSuite, DEMO)).isEqualTo(1_700);
        }
    }
}
