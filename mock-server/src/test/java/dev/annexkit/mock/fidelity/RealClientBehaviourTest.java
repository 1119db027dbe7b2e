package dev.annexkit.mock.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.MockHttp;
import dev.annexkit.mock.Seed;
import dev.annexkit.mock.domain.DemoProgram;
import dev.annexkit.mock.domain.ProgramSettings;
import dev.annexkit.mock.domain.order.OrderHoldPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What Annex Cloud's own integrations rely on and the documented canonical shape alone would not allow: points
 * without an action id, keyed bulk lookups, returns without a ship step, the legacy order PUT, the documented
 * issuance date form — and the string limits the real service's storage imposes. Plain HTTP, demo seed.
 */
class RealClientBehaviourTest {

    private static final String DEMO = DemoProgram.DEMO_MEMBER;

    private AnnexCloudMockServer mock;

    @AfterEach
    void stop() {
        if (mock != null) {
            mock.stop();
        }
    }

    private MockHttp start() {
        return start(ProgramSettings.noExpiry());
    }

    private MockHttp start(ProgramSettings settings) {
        mock = MockHttp.server().seed(Seed.DEMO).settings(settings).start();
        return new MockHttp(mock);
    }

    private static void assertRefusedNaming(MockHttp.Answer answer, String field) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.json().path("errorCode").asText()).isEqualTo("AC1004");
        assertThat(answer.json().path("errorMessage").asText()).contains(field);
    }

    private long available(MockHttp http, String memberId) {
        return http.get("/points/" + memberId, memberId).json().path("availablePoints").asLong();
    }

    @Nested
    class PointsWithoutAnActionId {

        @Test
        void aCreditWithAReasonIsAManualCredit() {
            MockHttp http = start();

            MockHttp.Answer answer = http.post("/points",
                    "{\"id\":\"" + DEMO + "\",\"activity\":\"CREDIT\",\"credit\":50,\"reason\":\"Goodwill\"}");

            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            assertThat(answer.json().path("actionId").asInt()).isEqualTo(100);
            assertThat(available(http, DEMO)).isEqualTo(1_250);
        }

        @Test
        void aRewardClaimRedeemsTheReward() {
            MockHttp http = start();

            MockHttp.Answer answer = http.post("/points", "{\"id\":\"" + DEMO + "\",\"activity\":\"DEBIT\",\"rewardId\":\""
                    + DemoProgram.FIVE_OFF + "\",\"reason\":\"claim\"}");

            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            assertThat(answer.json().path("debit").asLong()).isEqualTo(500);
            assertThat(available(http, DEMO)).isEqualTo(700);
            assertThat(http.get("/users/" + DEMO + "/usedreward", DEMO).json().path("rewardDetail").size())
                    .isEqualTo(1);
        }

        @Test
        void withoutAReasonEitherItIsRefusedNamingReasonAndBooksNothing() {
            MockHttp http = start();
            String before = mock.exportState();

            assertRefusedNaming(http.post("/points",
                    "{\"id\":\"" + DEMO + "\",\"activity\":\"CREDIT\",\"credit\":50}"), "reason");
            assertRefusedNaming(http.post("/points", "{\"id\":\"" + DEMO + "\",\"activity\":\"DEBIT\",\"rewardId\":\""
                    + DemoProgram.FIVE_OFF + "\"}"), "reason");

            assertThat(mock.exportState()).isEqualTo(before);
        }
    }

    @Nested
    class KeyedBulkLookups {

        @Test
        void bulkBalancesTakeMembersKeyedByEntryNumber() {
            MockHttp http = start();

            JsonNode answer = http.post("/getbulkpoints",
                    "{\"1\":{\"id\":\"" + DEMO + "\"},\"2\":{\"id\":\"ghost@example.com\"}}").json();

            assertThat(answer.path("balances").path(DEMO).path("availablePoints").asLong()).isEqualTo(1_200);
            assertThat(answer.path("notFound").toString()).isEqualTo("[\"ghost@example.com\"]");
        }

        @Test
        void bulkTiersTakeMembersKeyedByEntryNumber() {
            MockHttp http = start();

            JsonNode answer = http.post("/bulktiers", "{\"1\":{\"id\":\"" + DEMO + "\"}}").json();

            assertThat(answer.path("tiers").path(DEMO).path("currentTier").asText()).isEqualTo("Silver");
        }

        @Test
        void theListShapeStillWorksAndMixingTheTwoIsRefused() {
            MockHttp http = start();

            assertThat(http.post("/getbulkpoints", "{\"ids\":[\"" + DEMO + "\"]}").json()
                    .path("balances").has(DEMO)).isTrue();
            assertRefusedNaming(http.post("/getbulkpoints",
                    "{\"ids\":[\"" + DEMO + "\"],\"1\":{\"id\":\"" + DEMO + "\"}}"), "ids");
            assertRefusedNaming(http.post("/bulktiers", "{\"1\":{\"name\":\"x\"}}"), "id");
        }
    }

    @Nested
    class OrdersOnASiteWithoutHold {

        private static final String ORDER = "{\"id\":\"SO-1\",\"userId\":\"" + DEMO + "\",\"orderTotal\":\"300\","
                + "\"orderDetail\":[{\"id\":\"D1\",\"quantity\":\"1\",\"unitPrice\":\"100\"},"
                + "{\"id\":\"D2\",\"quantity\":\"2\",\"unitPrice\":\"100\"}]}";

        @Test
        void aReturnRightAfterTheOrderDebitsItsPoints() {
            MockHttp http = start();
            assertThat(http.post("/orders", ORDER).status()).isEqualTo(200);
            assertThat(available(http, DEMO)).isEqualTo(1_500);

            MockHttp.Answer returned = http.send("PATCH", "/orders/SO-1",
                    "{\"orderId\":\"SO-1\",\"status\":\"return\",\"orderDetail\":[{\"id\":\"D1\",\"quantity\":\"1\",\"unitPrice\":\"100\"}]}",
                    http.signedBodyHeaders("PATCH",
                            "{\"orderId\":\"SO-1\",\"status\":\"return\",\"orderDetail\":[{\"id\":\"D1\",\"quantity\":\"1\",\"unitPrice\":\"100\"}]}"));

            assertThat(returned.status()).as(returned.body()).isEqualTo(200);
            assertThat(returned.json().path("pointsRemoved").asLong()).isEqualTo(100);
            assertThat(available(http, DEMO)).isEqualTo(1_400);
        }

        @Test
        void aShipStepIsStillTakenAndShippedUnitsStillRefuseACancel() {
            MockHttp http = start();
            http.post("/orders", ORDER);

            assertThat(patch(http, "{\"orderId\":\"SO-1\",\"status\":\"ship\"}").status()).isEqualTo(200);
            MockHttp.Answer cancel = patch(http, "{\"orderId\":\"SO-1\",\"status\":\"cancel\"}");

            assertThat(cancel.status()).isEqualTo(400);
            assertThat(cancel.json().path("errorCode").asText()).isEqualTo("AC1031");
            assertThat(available(http, DEMO)).isEqualTo(1_500);
        }

        @Test
        void theLegacyPutReturnsTheWholeOrderLikeThePatch() {
            MockHttp http = start();
            http.post("/orders", ORDER);
            String body = "{\"orderId\":\"SO-1\",\"status\":\"return\"}";

            MockHttp.Answer answer = http.send("PUT", "/orders/SO-1", body, http.signedBodyHeaders("PUT", body));

            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            assertThat(answer.json().path("pointsRemoved").asLong()).isEqualTo(300);
            assertThat(answer.json().path("pointsAwarded").asLong()).isZero();
            assertThat(available(http, DEMO)).isEqualTo(1_200);
        }

        @Test
        void onASiteThatHoldsPointsAReturnStillNeedsTheShipStep() {
            MockHttp http = start(ProgramSettings.noExpiry().withOrderHold(OrderHoldPolicy.daysAfterShip(2)));
            http.post("/orders", ORDER);
            String before = mock.exportState();

            MockHttp.Answer answer = patch(http, "{\"orderId\":\"SO-1\",\"status\":\"return\"}");

            assertThat(answer.json().path("errorCode").asText()).isEqualTo("AC1030");
            assertThat(mock.exportState()).isEqualTo(before);
        }

        private MockHttp.Answer patch(MockHttp http, String body) {
            return http.send("PATCH", "/orders/SO-1", body, http.signedBodyHeaders("PATCH", body));
        }
    }

    @Nested
    class IssuanceDates {

        @Test
        void theDocumentedUtcFormIsAcceptedAndAnUnreadableDateIsNot() {
            MockHttp http = start();
            String documented = issuance("I-1", "2024-06-19 10:00:00 UTC");

            MockHttp.Answer answer = http.post("/issuance", documented);

            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            assertThat(available(http, DEMO)).isEqualTo(1_240);
            assertRefusedNaming(http.post("/issuance", issuance("I-2", "19/06/2024 at ten")), "orderDate");
        }

        private static String issuance(String orderId, String date) {
            return "{\"orderId\":\"" + orderId + "\",\"userId\":\"" + DEMO + "\",\"actionId\":109,"
                    + "\"orderTotalSpend\":40,\"orderTotalPoints\":40,\"orderStatus\":\"SHIP\","
                    + "\"orderDate\":\"" + date + "\"}";
        }
    }

    @Nested
    class StringLimits {

        @Test
        void aFiveThousandCharacterMemberIdIsRefusedNamingIdAndEnrolsNobody() {
            MockHttp http = start();
            String before = mock.exportState();

            MockHttp.Answer answer = http.post("/users", "{\"id\":\"" + "m".repeat(5_000) + "\"}");

            assertRefusedNaming(answer, "/id");
            assertThat(answer.body().length()).isLessThan(1_000);
            assertThat(mock.exportState()).isEqualTo(before);
        }

        @Test
        void aTwoHundredThousandCharacterReasonIsRefusedNamingReasonAndBooksNothing() {
            MockHttp http = start();
            String before = mock.exportState();

            MockHttp.Answer answer = http.post("/points", "{\"id\":\"" + DEMO
                    + "\",\"actionId\":100,\"activity\":\"CREDIT\",\"credit\":5,\"reason\":\"" + "r".repeat(200_000)
                    + "\"}");

            assertRefusedNaming(answer, "/reason");
            assertThat(mock.exportState()).isEqualTo(before);
        }

        @Test
        void aValueAtTheLimitIsAccepted() {
            MockHttp http = start();

            MockHttp.Answer answer = http.post("/users", "{\"id\":\"" + "m".repeat(255) + "\"}");

            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        }
    }
}
