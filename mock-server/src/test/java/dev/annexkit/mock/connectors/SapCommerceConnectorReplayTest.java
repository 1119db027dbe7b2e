package dev.annexkit.mock.connectors;

import static dev.annexkit.mock.connectors.ReplayServer.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.domain.DemoProgram;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every write path of Annex Cloud's SAP Commerce connector (GitHub {@code AnnexCloudSAP/SAP-Cloud-Commerce-2005}),
 * replayed with the body shapes its DTOs put on the wire. Sources: the DTOs in
 * {@code annexcloudv3services/resources/annexcloudv3services-beans.xml} (every field a {@code String}), the
 * calls in {@code annexcloudv3services/src/com/annexcloud/service/impl/DefaultAnnexCloudLoyaltyV3Service.java},
 * and a plain Jackson {@code ObjectMapper}, which writes every unset field as {@code null}. The payload values
 * are ours; the field sets, nesting, string-typed numbers and nulls are the connector's.
 */
class SapCommerceConnectorReplayTest {

    private static final String SHOPPER = "shopper@example.com";
    private static final String DEMO = DemoProgram.DEMO_MEMBER;

    private static AnnexCloudMockServer mock;
    private ConnectorClient sap;

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
        sap = ConnectorClient.sapCommerce(mock.baseUrl(), mock.credentials(), ReplayServer.NOW);
    }

    private long available(String memberId) {
        return ok(sap.get("/points/" + memberId, memberId)).json().path("availablePoints").asLong();
    }

    /** createUserAPI: ACUserJwtRequest (id + profile fields; unset phone, dates, image and attributes null). */
    private ConnectorClient.Reply enrol(String id) {
        return sap.send("POST", "/users", "{\"id\":\"" + id + "\",\"email\":\"" + id + "\",\"firstName\":\"Sam\","
                + "\"lastName\":\"Shopper\",\"optInStatus\":\"NO\",\"status\":null,\"phone\":null,"
                + "\"birthDate\":null,\"anniversaryDate\":null,\"userProfileImageUrl\":null,"
                + "\"extendedAttribute\":null}");
    }

    /** orderAPI: ACOrderJwtRequest with ACOrderProductJwtRequest lines (prices from Double.toString). */
    private static String order(String orderId, String memberId) {
        return "{\"id\":\"" + orderId + "\",\"userId\":\"" + memberId + "\",\"email\":\"" + memberId + "\","
                + "\"firstName\":\"Demo\",\"lastName\":\"Member\",\"orderTotal\":\"210.0\",\"eventId\":null,"
                + "\"storeId\":null,\"source\":\"web\",\"discountAmount\":\"0.0\",\"coupon\":null,"
                + "\"orderDetail\":[{\"id\":\"SKU-1\",\"quantity\":\"2\",\"unitPrice\":\"105.0\","
                + "\"netPrice\":\"210.0\",\"estimatedShipDate\":null,\"categoryId\":null,\"categoryName\":null,"
                + "\"url\":\"/p/SKU-1\",\"imageUrl\":null,\"description\":null,\"coupon\":null,"
                + "\"autoDelivery\":\"NO\"}]}";
    }

    @Nested
    class Members {

        @Test
        void enrolmentWithNullProfileFieldsCreatesTheMemberAndSaysWhatWasTolerated() {
            ConnectorClient.Reply reply = ok(enrol(SHOPPER));

            assertThat(reply.tolerated()).contains("null-member");
            assertThat(ok(sap.get("/users/" + SHOPPER, SHOPPER)).json().path("firstName").asText())
                    .isEqualTo("Sam");
        }

        @Test
        void optInWithTheIdRepeatedInTheBodyOptsTheMemberIn() {
            ok(enrol(SHOPPER));

            // optInUserAPI -> updateUserAPI: ACUserUpdateJwtRequest, id and email set, optInStatus YES.
            ok(sap.send("PATCH", "/users/" + SHOPPER, "{\"id\":\"" + SHOPPER + "\",\"email\":\"" + SHOPPER
                    + "\",\"firstName\":null,\"lastName\":null,\"zipCode\":null,\"optInStatus\":\"YES\","
                    + "\"status\":null,\"phone\":null}"));

            assertThat(ok(sap.get("/users/" + SHOPPER, SHOPPER)).json().path("optInStatus").asText())
                    .isEqualTo("YES");
        }

        @Test
        void theSignUpAwardAfterOptInCreditsTheSignUpAction() {
            ok(enrol(SHOPPER));

            // optInUserAPI then awardDeductCustomPointsAPI: ACCreditDebitPointsJwtRequest, actionId "101".
            ok(sap.send("POST", "/points", "{\"id\":\"" + SHOPPER + "\",\"activity\":\"CREDIT\",\"reason\":null,"
                    + "\"debit\":null,\"credit\":null,\"orderId\":null,\"actionId\":\"101\",\"rewardId\":null,"
                    + "\"source\":null}"));

            assertThat(available(SHOPPER)).isEqualTo(100);
        }
    }

    @Nested
    class PointsAndRewards {

        @Test
        void aDebitOfDecimalStringPointsTakesThemFromTheBalance() {
            ok(sap.send("POST", "/points", "{\"id\":\"" + DEMO + "\",\"activity\":\"DEBIT\","
                    + "\"reason\":\"Points applied to order\",\"debit\":\"50.0\",\"credit\":null,"
                    + "\"orderId\":\"SO-7\",\"actionId\":\"100\",\"rewardId\":null,\"source\":null}"));

            assertThat(available(DEMO)).isEqualTo(1_150);
        }

        @Test
        void aCouponClaimWithoutAnActionIdRedeemsTheRewardAndReturnsItsCode() {
            // The checkout redemption: ACCreditDebitPointsJwtRequest with rewardId and DEBIT, no actionId.
            ConnectorClient.Reply reply = ok(sap.send("POST", "/points", "{\"id\":\"" + DEMO + "\","
                    + "\"activity\":\"DEBIT\",\"reason\":\"Reward redeemed at checkout\",\"debit\":null,"
                    + "\"credit\":null,\"orderId\":null,\"actionId\":null,\"rewardId\":\""
                    + DemoProgram.FREE_SHIPPING + "\",\"source\":null}"));

            assertThat(reply.json().path("rewardCode").asText()).isNotBlank();
            assertThat(available(DEMO)).isEqualTo(900);
        }

        @Test
        void bulkBalancesKeyedByEntryNumberAnswerEachMember() {
            ok(enrol(SHOPPER));

            // getBulkUserPointsAPI: Map<Integer, ACAbstractJwtRequest> -> {"1":{"id":…},"2":{"id":…}}.
            JsonNode balances = ok(sap.send("POST", "/getbulkpoints", "{\"1\":{\"id\":\"" + DEMO + "\"},"
                    + "\"2\":{\"id\":\"" + SHOPPER + "\"}}")).json().path("balances");

            assertThat(balances.path(DEMO).path("availablePoints").asLong()).isEqualTo(1_200);
            assertThat(balances.path(SHOPPER).path("availablePoints").asLong()).isZero();
        }

        @Test
        void bulkTiersKeyedByEntryNumberAnswerEachMember() {
            // getBulkUserTiersAPI: the same keyed map.
            JsonNode tiers = ok(sap.send("POST", "/bulktiers", "{\"1\":{\"id\":\"" + DEMO + "\"}}")).json()
                    .path("tiers");

            assertThat(tiers.path(DEMO).path("currentTier").asText()).isEqualTo("Silver");
        }

        @Test
        void theMembersActionListIsAnswered() {
            // userActionDetailsAPI: ACUserActionJwtRequest {id, page}.
            JsonNode answer = ok(sap.send("POST", "/actions?page=1", "{\"id\":\"" + DEMO + "\",\"page\":\"1\"}"))
                    .json();

            assertThat(answer.path("allActionDetails").size()).isPositive();
        }
    }

    @Nested
    class CartAndOrders {

        @Test
        void theCartPreviewPricesTheLinesAndBooksNothing() {
            // cartCalculationAPI: ACCartCalculationJwtRequest, appliedPoints "0.0", ACProductDetailsJwtRequest.
            JsonNode answer = ok(sap.send("POST", "/cart", "{\"userId\":\"" + DEMO + "\",\"appliedPoints\":\"0.0\","
                    + "\"productDetail\":[{\"id\":\"SKU-1\",\"quantity\":\"1\",\"unitPrice\":\"105.0\"}]}")).json();

            assertThat(answer.path("cartPoints").asDouble()).isEqualTo(105.0);
            assertThat(available(DEMO)).isEqualTo(1_200);
        }

        @Test
        void anOrderIsBookedAndCreditsItsPoints() {
            JsonNode answer = ok(sap.send("POST", "/orders", order("SO-1", DEMO))).json();

            assertThat(answer.path("pointsAwarded").asLong()).isEqualTo(210);
            assertThat(available(DEMO)).isEqualTo(1_410);
        }

        @Test
        void aReturnRightAfterTheOrderDebitsTheReturnedUnits() {
            ok(sap.send("POST", "/orders", order("SO-2", DEMO)));

            // returnOrderAPI: ACReturnOrderJwtRequest {orderId, status, orderDetail[ACProductDetailsJwtRequest]}.
            JsonNode answer = ok(sap.send("PATCH", "/orders/SO-2", "{\"orderId\":\"SO-2\",\"status\":\"return\","
                    + "\"orderDetail\":[{\"id\":\"SKU-1\",\"quantity\":\"1\",\"unitPrice\":\"105.0\"}]}")).json();

            assertThat(answer.path("pointsRemoved").asLong()).isEqualTo(105);
            assertThat(available(DEMO)).isEqualTo(1_305);
        }
    }

    @Nested
    class Catalogue {

        /** ACSyncProductWrapperJwtRequest: pointAwardType + productDetail + categoryDetail (connector defaults). */
        private static String product(String id, String price) {
            return "{\"pointAwardType\":\"Product\",\"productDetail\":{\"productId\":\"" + id + "\","
                    + "\"productName\":\"Trail shoe\",\"productPrice\":\"" + price + "\",\"productPointType\":\"YES\","
                    + "\"productPointRatio\":\"1\",\"productBonus\":null,\"productBonusFlag\":\"YES\","
                    + "\"productMinimumLimit\":\"1\"},\"categoryDetail\":{\"categoryId\":\"shoes\","
                    + "\"categoryName\":\"Shoes\",\"categoryPointType\":null,\"categoryPointRatio\":null,"
                    + "\"categoryBonus\":null,\"categoryBonusFlag\":null}}";
        }

        @Test
        void aProductSyncRegistersEveryKeyedProduct() {
            // createBulkProductsAPI: Map<String, ACSyncProductWrapperJwtRequest>.
            ok(sap.send("POST", "/bulkproducts", "{\"1\":" + product("SKU-9", "80.0") + ",\"2\":"
                    + product("SKU-10", "20.0") + "}"));

            assertThat(ok(sap.get("/products/SKU-9", "SKU-9")).json().path("productName").asText())
                    .isEqualTo("Trail shoe");
            assertThat(ok(sap.get("/products/SKU-10", "SKU-10")).status()).isEqualTo(200);
        }

        @Test
        void aProductUpdateChangesItsSettings() {
            ok(sap.send("POST", "/bulkproducts", "{\"1\":" + product("SKU-9", "80.0") + "}"));

            // updateProductAPI: one ACSyncProductWrapperJwtRequest, PATCH /products/{productId}.
            ok(sap.send("PATCH", "/products/SKU-9", product("SKU-9", "90.0")));

            assertThat(ok(sap.get("/products/SKU-9", "SKU-9")).json().path("productPrice").asDouble())
                    .isEqualTo(90.0);
        }

        @Test
        void theProductPointsCalculationPricesEachLine() {
            // productInformationAPI: ACProductWrapperJwtRequest {id, productDetail[ACProductJwtRequest]}.
            JsonNode answer = ok(sap.send("POST", "/products", "{\"id\":null,\"productDetail\":[{\"id\":\"SKU-1\","
                    + "\"quantity\":\"1\",\"unitPrice\":\"105.0\",\"autoDelivery\":\"NO\"}]}")).json();

            assertThat(answer.path("data").get(0).path("points").asDouble()).isEqualTo(105.0);
        }
    }

    @Nested
    class Segments {

        /** ACCreateSegmentJwtRequest; the inherited id is null on create. */
        private static final String CREATE = "{\"id\":null,\"name\":\"VIP shoppers\",\"type\":\"Static\","
                + "\"fromDate\":\"2025-01-01\",\"toDate\":\"2025-12-31\",\"member\":\"" + DEMO + "\","
                + "\"status\":\"ACTIVE\",\"externalId\":\"hybris-vip\",\"externalName\":\"VIP\"}";

        @Test
        void aSegmentIsCreatedWithItsMember() {
            JsonNode created = ok(sap.send("POST", "/segment", CREATE)).json();
            String segmentId = created.path("segmentId").asText();

            assertThat(segmentId).isNotBlank();
            assertThat(ok(sap.get("/eligiblesegment/" + segmentId, segmentId)).body()).contains(DEMO);
        }

        @Test
        void aSegmentUpdateAddsAMember() {
            ok(enrol(SHOPPER));
            String segmentId = ok(sap.send("POST", "/segment", CREATE)).json().path("segmentId").asText();

            // updateSegmentAPI: ACUpdateSegmentJwtRequest = create fields + memberUpdate, id = the segment.
            ok(sap.send("PATCH", "/segment/" + segmentId, "{\"id\":\"" + segmentId + "\",\"name\":\"VIP shoppers\","
                    + "\"type\":null,\"fromDate\":\"2025-01-01\",\"toDate\":\"2025-12-31\",\"member\":\"" + SHOPPER
                    + "\",\"status\":null,\"externalId\":null,\"externalName\":null,\"memberUpdate\":\"add\"}"));

            assertThat(ok(sap.get("/eligiblesegment/" + segmentId, segmentId)).body())
                    .contains(DEMO).contains(SHOPPER);
        }
    }
}
