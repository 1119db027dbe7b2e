package dev.annexkit.mock.wiremock.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.Seed;
import dev.annexkit.mock.domain.error.DomainException;
import dev.annexkit.mock.domain.error.InsufficientPoints;
import dev.annexkit.mock.domain.ledger.PointsCommand;
import dev.annexkit.mock.domain.member.NewMember;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StateAndSeedAdminTest {

    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

    static final String SEED = """
            {"actions": [{"actionId": 101, "name": "Sign-up", "points": 100}],
             "tiers": [{"tierId": 1, "name": "Member", "level": 1, "pointsThreshold": 0},
                       {"tierId": 2, "name": "VIP", "level": 2, "spendThreshold": 500}],
             "rewards": [{"rewardId": "SHIP", "name": "Free shipping", "points": 300, "couponBased": true,
                          "coupons": ["S-1", "S-2"]}],
             "members": [{"id": "ada@example.com", "email": "ada@example.com", "firstName": "Ada", "points": 1200}],
             "credits": [{"id": "ada@example.com", "actionId": 101}]}
            """;

    private final HttpClient http = HttpClient.newHttpClient();
    private AnnexCloudMockServer mock;

    @BeforeEach
    void start() {
        mock = AnnexCloudMockServer.builder().seed(Seed.DEMO).clock(Clock.fixed(START, ZoneOffset.UTC)).start();
    }

    @AfterEach
    void stop() {
        mock.stop();
    }

    private HttpResponse<String> admin(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + mock.port() + "/__admin/annexkit" + path))
                .header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Nested
    class Export {

        @Test
        void theHttpExportIsTheJavaExportAndHoldsEveryArea() throws Exception {
            mock.program().points(PointsCommand.redeem("demo@annexkit.dev", "FREE-SHIPPING"));

            HttpResponse<String> answer = admin("GET", "/state", null);

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).isEqualTo(mock.exportState());
            assertThat(answer.body()).contains("\"configuration\"", "\"members\"", "\"ledger\"", "\"couponPools\"",
                    "\"assignments\"", "\"SHIP-0001\"", "\"2025-01-01T00:00:00Z\"", "\"demo@annexkit.dev\"");
            assertThat(answer.body()).doesNotContain("\"credit\" :", "\"reversal\" :");
        }

        @Test
        void isStableAcrossServersAndUnchangedByARejectedRequest() {
            String before = mock.exportState();
            assertThatThrownBy(() -> mock.program().points(PointsCommand.redeem("demo@annexkit.dev", "VIP-LOUNGE")))
                    .isInstanceOf(DomainException.class);
            assertThat(mock.exportState()).isEqualTo(before);

            try (AnnexCloudMockServer other = AnnexCloudMockServer.builder().seed(Seed.DEMO)
                    .clock(Clock.fixed(START, ZoneOffset.UTC)).build()) {
                assertThat(other.exportState()).isEqualTo(before);
            }
        }

        @Test
        void showsQueuedDeletionsAndMerges() {
            mock.program().enroll(NewMember.of("dup@example.com", null));
            mock.program().members().requestDeletion("demo@annexkit.dev", "dpo@example.com");
            mock.program().members().merge(dev.annexkit.mock.domain.member.MergeRequest.of("demo@annexkit.dev",
                    "dup@example.com", "agent@example.com"));

            assertThat(mock.exportState()).contains("\"pendingDeletions\"", "\"dpo@example.com\"",
                    "\"2025-01-01T05:30:00Z\"", "\"secondaryId\" : \"dup@example.com\"");
        }
    }

    @Nested
    class LoadSeed {

        @Test
        void replacesTheProgramWithTheSeed() throws Exception {
            HttpResponse<String> answer = admin("POST", "/seed", SEED);

            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            assertThat(mock.program().searchMembers(null)).extracting(m -> m.id()).containsExactly("ada@example.com");
            assertThat(mock.program().balance("ada@example.com").available()).isEqualTo(1_300);
            assertThat(mock.program().reward("SHIP").coupons().available()).isEqualTo(2);
            assertThat(mock.program().accounts().standing("ada@example.com").tier().next().name()).isEqualTo("VIP");
        }

        @Test
        void aSeedOnTopOfTheDemoKeepsTheDemo() {
            mock.loadSeed("{\"base\":\"demo\",\"members\":[{\"id\":\"bob@example.com\",\"points\":10}]}");

            assertThat(mock.program().searchMembers(null)).extracting(m -> m.id())
                    .containsExactly("demo@annexkit.dev", "bob@example.com");
        }

        @Test
        void aBrokenSeedIsRejectedNamingTheItemAndChangesNothing() throws Exception {
            String before = mock.exportState();

            HttpResponse<String> answer = admin("POST", "/seed",
                    "{\"rewards\":[{\"rewardId\":\"OK\",\"name\":\"Fine\"},{\"rewardId\":\"X\"}]}");
            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(answer.body()).contains("AC1004", "rewards[1]", "name");
            assertThatThrownBy(() -> mock.loadSeed("{\"members\":[{\"id\":\"a\"}],"
                    + "\"credits\":[{\"id\":\"a\",\"activity\":\"DEBIT\",\"points\":5}]}"))
                    .isInstanceOf(InsufficientPoints.class);

            assertThat(mock.exportState()).isEqualTo(before);
        }

        @Test
        void resetReturnsToTheBuildersSeed() {
            mock.loadSeed(SEED);
            mock.reset();
            assertThat(mock.program().member("demo@annexkit.dev").id()).isEqualTo("demo@annexkit.dev");
        }
    }

    @Nested
    class CancelDeletion {

        @Test
        void withdrawsAQueuedDeletionSoTheBatchSkipsTheMember() throws Exception {
            mock.program().members().requestDeletion("demo@annexkit.dev", "dpo@example.com");

            HttpResponse<String> answer = admin("POST", "/deletions/cancel", "{\"id\":\"demo@annexkit.dev\"}");

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains("\"cancelled\":true", "dpo@example.com");
            mock.clock().advance(Duration.ofDays(1));
            assertThat(mock.program().member("demo@annexkit.dev").id()).isEqualTo("demo@annexkit.dev");
            assertThat(admin("POST", "/deletions/cancel", "{\"id\":\"demo@annexkit.dev\"}").body())
                    .contains("\"cancelled\":false");
            assertThat(admin("POST", "/deletions/cancel", "{\"id\":\"ghost@example.com\"}").statusCode())
                    .isEqualTo(404);
        }
    }
}
