package dev.annexkit.mock.wiremock.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.MockHttp;
import dev.annexkit.mock.Seed;
import dev.annexkit.mock.domain.DemoProgram;
import dev.annexkit.mock.domain.ledger.PointsCommand;
import dev.annexkit.mock.domain.member.NewMember;
import dev.annexkit.mock.domain.order.LineRequest;
import dev.annexkit.mock.domain.order.NewOrder;
import dev.annexkit.mock.domain.receipt.Receipt;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The inspector's read-only admin JSON, over plain HTTP against a demo-seeded mock. */
class InspectorApiTest {

    private AnnexCloudMockServer mock;
    private InspectorHttp admin;

    @BeforeEach
    void start() {
        mock = MockHttp.server().seed(Seed.DEMO).start();
        admin = new InspectorHttp(mock);
    }

    @AfterEach
    void stop() {
        mock.stop();
    }

    private void enroll(String id, String email, String first, String last) {
        mock.program().enroll(NewMember.of(id, email).withName(first, last));
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("members").forEach(m -> ids.add(m.get("id").asText()));
        return ids;
    }

    @Nested
    class Members {

        @Test
        void listsEveryMemberInEnrolmentOrderWithBalanceAndTier() {
            enroll("ada", "ada@example.com", "Ada", "Lovelace");

            JsonNode page = admin.getJson("/members");

            assertThat(ids(page)).containsExactly(DemoProgram.DEMO_MEMBER, "ada");
            assertThat(page.get("total").asLong()).isEqualTo(2);
            JsonNode demo = page.get("members").get(0);
            assertThat(demo.get("available").asLong()).isEqualTo(1_200);
            assertThat(demo.get("tier").asText()).isEqualTo("Silver");
            assertThat(demo.get("firstName").asText()).isEqualTo("Demo");
        }

        @Test
        void searchesIdAndEmailForTheTextIgnoringCase() {
            enroll("ada", "ada@example.com", "Ada", "Lovelace");
            enroll("m-2", "Grace.Hopper@Navy.example", "Grace", "Hopper");
            enroll("GRACE-3", null, null, null);

            assertThat(ids(admin.getJson("/members?q=grace"))).containsExactly("m-2", "GRACE-3");
            assertThat(ids(admin.getJson("/members?q=NAVY"))).containsExactly("m-2");
            assertThat(ids(admin.getJson("/members?q=EXAMPLE"))).containsExactly("ada", "m-2");
            assertThat(admin.getJson("/members?q=nobody").get("total").asLong()).isZero();
        }

        @Test
        void sortsOnTheServerByAColumnInEitherDirection() {
            enroll("b", "b@example.com", "Zoe", "Adams");
            enroll("a", "a@example.com", "Yann", "Brown");

            assertThat(ids(admin.getJson("/members?sort=id"))).containsExactly("a", "b", DemoProgram.DEMO_MEMBER);
            assertThat(ids(admin.getJson("/members?sort=name&dir=desc")))
                    .containsExactly(DemoProgram.DEMO_MEMBER, "a", "b");
        }

        @Test
        void refusesAPageSizeAboveOneHundredNamingTheParameter() {
            InspectorHttp.Answer answer = admin.get("/members?size=101");

            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.json().get("errorCode").asText()).isEqualTo("AC1004");
            assertThat(answer.json().get("errorMessage").asText()).contains("size");
        }

        @Test
        void refusesAnUnknownSortColumn() {
            InspectorHttp.Answer answer = admin.get("/members?sort=balance");

            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.json().get("errorMessage").asText()).contains("sort");
        }

        @Test
        void pagesAndSearchesAHundredThousandMembersOnePageAtATime() {
            for (int i = 1; i <= 100_000; i++) {
                mock.program().enroll(NewMember.of("member-" + i, "m" + i + (i % 10 == 0 ? "@tenth.example"
                        : "@example.com")));
            }

            JsonNode first = admin.getJson("/members");
            assertThat(first.get("total").asLong()).isEqualTo(100_001);
            assertThat(first.get("members")).hasSize(25);

            JsonNode deep = admin.getJson("/members?page=500&size=100");
            assertThat(deep.get("pages").asInt()).isEqualTo(1_001);
            assertThat(deep.get("members")).hasSize(100);
            // demo member first, so page 500 (items 49,901..50,000) starts at member-49900
            assertThat(ids(deep).get(0)).isEqualTo("member-49900");
            assertThat(ids(deep).get(99)).isEqualTo("member-49999");

            JsonNode one = admin.getJson("/members?q=member-99999");
            assertThat(ids(one)).containsExactly("member-99999");

            JsonNode tenth = admin.getJson("/members?q=TENTH.example&size=100&page=100");
            assertThat(tenth.get("total").asLong()).isEqualTo(10_000);
            assertThat(ids(tenth)).hasSize(100).allMatch(id -> id.endsWith("0"));
            assertThat(ids(tenth).get(99)).isEqualTo("member-100000");

            JsonNode last = admin.getJson("/members?sort=id&dir=desc&size=3");
            assertThat(ids(last)).containsExactly("member-99999", "member-99998", "member-99997");
        }
    }

    @Nested
    class Member {

        @Test
        void showsBalanceBreakdownTierLedgerAndCoupons() {
            String id = DemoProgram.DEMO_MEMBER;
            mock.program().assignReward(DemoProgram.FREE_SHIPPING, id, null);

            JsonNode member = admin.getJson("/member?id=" + InspectorHttp.encode(id));

            assertThat(member.at("/member/email").asText()).isEqualTo(id);
            assertThat(member.at("/balance/available").asLong()).isEqualTo(900);
            assertThat(member.at("/balance/used").asLong()).isEqualTo(300);
            assertThat(member.at("/balance/lifetime").asLong()).isEqualTo(1_200);
            assertThat(member.at("/tier/current/name").asText()).isEqualTo("Silver");
            assertThat(member.at("/tier/next/name").asText()).isEqualTo("Gold");
            assertThat(member.at("/tier/pointsToNextTier").asLong()).isEqualTo(3_800);
            assertThat(member.get("ledger")).hasSize(2);
            assertThat(member.at("/ledger/0/activity").asText()).isEqualTo("DEBIT");
            assertThat(member.at("/ledger/1/reason").asText()).isEqualTo("Demo opening balance");
            assertThat(member.at("/assignments/0/rewardId").asText()).isEqualTo(DemoProgram.FREE_SHIPPING);
            assertThat(member.at("/assignments/0/couponCode").asText()).isEqualTo("SHIP-0001");
            assertThat(member.get("orders")).isEmpty();
        }

        @Test
        void showsOrdersAndReceipts() {
            String id = DemoProgram.DEMO_MEMBER;
            mock.program().orders().create(NewOrder.of("SO-1", id, List.of(LineRequest.of("A", 2, "40"))));
            mock.program().receipts().submitUrl(id, "https://cdn.example.com/r.png");

            JsonNode member = admin.getJson("/member?id=" + InspectorHttp.encode(id));

            assertThat(member.at("/orders/0/orderId").asText()).isEqualTo("SO-1");
            assertThat(member.at("/orders/0/lines").asInt()).isEqualTo(1);
            // the demo site holds no points, so its units are booked fulfilled (returnable without a ship step)
            assertThat(member.at("/orders/0/unitsFulfilled").asLong()).isEqualTo(2);
            assertThat(member.at("/orders/0/unitsPending").asLong() + member.at("/orders/0/unitsShipped").asLong())
                    .isZero();
            assertThat(member.at("/receipts/0/status").asText()).isEqualTo("Pending");
            assertThat(member.at("/receipts/0/image").asText()).isEqualTo("https://cdn.example.com/r.png");
        }

        @Test
        void takesAnyIdThroughTheQueryEvenWithSlashesAndMarkup() {
            String id = "a/b?<img src=x onerror=alert(1)>&c";
            enroll(id, null, "<b>Mal</b>", null);

            JsonNode member = admin.getJson("/member?id=" + InspectorHttp.encode(id));

            assertThat(member.at("/member/id").asText()).isEqualTo(id);
            assertThat(member.at("/member/firstName").asText()).isEqualTo("<b>Mal</b>");
            assertThat(member.get("orders")).isEmpty();
        }

        @Test
        void answersNotFoundForAnUnknownMember() {
            InspectorHttp.Answer answer = admin.get("/member?id=nobody");

            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.json().get("errorMessage").asText()).contains("nobody");
        }

        @Test
        void requiresTheId() {
            assertThat(admin.get("/member").status()).isEqualTo(400);
        }
    }

    @Nested
    class Rewards {

        @Test
        void listsEveryStatusWithCouponPoolCounts() {
            mock.program().assignReward(DemoProgram.FREE_SHIPPING, DemoProgram.DEMO_MEMBER, null);

            JsonNode rewards = admin.getJson("/rewards");

            assertThat(rewards.get("total").asInt()).isEqualTo(4);
            JsonNode shipping = null;
            for (JsonNode r : rewards.get("rewards")) {
                if (r.get("rewardId").asText().equals(DemoProgram.FREE_SHIPPING)) {
                    shipping = r;
                }
            }
            assertThat(shipping).isNotNull();
            assertThat(shipping.get("couponsTotal").asLong()).isEqualTo(5);
            assertThat(shipping.get("couponsIssued").asLong()).isEqualTo(1);
            assertThat(shipping.get("couponsAvailable").asLong()).isEqualTo(4);
            assertThat(rewards.findValuesAsText("status")).contains("Draft", "Live");
        }
    }

    @Nested
    class PendingReceipts {

        @Test
        void listsReceiptsAwaitingADecisionUntilOneIsMade() {
            Receipt first = mock.program().receipts().submitUrl(DemoProgram.DEMO_MEMBER, "https://x.example/1.png");
            Receipt second = mock.program().receipts().submitUrl(DemoProgram.DEMO_MEMBER, "https://x.example/2.png");

            assertThat(admin.getJson("/receipts/pending").findValuesAsText("submissionId"))
                    .containsExactly(first.submissionId(), second.submissionId());

            InspectorHttp.Answer approved = admin.post("/receipts/" + first.submissionId() + "/approve",
                    "{\"points\":10}");

            assertThat(approved.status()).isEqualTo(200);
            assertThat(admin.getJson("/receipts/pending").findValuesAsText("submissionId"))
                    .containsExactly(second.submissionId());
        }
    }

    @Nested
    class Overview {

        @Test
        void reportsTheClockSiteAndTotals() {
            mock.program().receipts().submitUrl(DemoProgram.DEMO_MEMBER, "https://x.example/1.png");

            JsonNode overview = admin.getJson("/overview");

            assertThat(overview.get("now").asText()).isEqualTo("2025-01-01T00:00:00Z");
            assertThat(overview.get("siteId").asText()).isEqualTo(mock.credentials().siteId());
            assertThat(overview.get("members").asInt()).isEqualTo(1);
            assertThat(overview.get("rewards").asInt()).isEqualTo(4);
            assertThat(overview.get("pendingReceipts").asInt()).isEqualTo(1);
        }
    }
}
