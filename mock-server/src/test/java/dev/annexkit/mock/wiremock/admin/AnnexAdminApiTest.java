package dev.annexkit.mock.wiremock.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.Seed;
import dev.annexkit.mock.domain.ledger.PointsCommand;
import dev.annexkit.mock.domain.member.NewMember;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AnnexAdminApiTest {

    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

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
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + mock.port() + "/__admin/annexkit" + path))
                .header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Nested
    class Reset {

        @Test
        void forgetsMembersAndKeepsTheSeed() throws Exception {
            mock.program().enroll(NewMember.of("ada@example.com", "ada@example.com"));

            HttpResponse<String> answer = admin("POST", "/reset", null);

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(mock.program().searchMembers(null)).extracting(m -> m.id()).containsExactly("demo@annexkit.dev");
            assertThat(mock.program().reward("FREE-SHIPPING").reward().name()).isEqualTo("Free shipping");
        }
    }

    @Nested
    class ClockRoutes {

        @Test
        void advancesByAnIsoDurationAndReportsTheNewTime() throws Exception {
            HttpResponse<String> answer = admin("POST", "/clock/advance", "{\"by\":\"P30D\"}");

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains("\"now\":\"2025-01-31T00:00:00+0000\"");
            assertThat(mock.clock().instant()).isEqualTo(Instant.parse("2025-01-31T00:00:00Z"));
        }

        @Test
        void advancingMakesPointsExpireWhenTheProgramHasAnExpiryPolicy() throws Exception {
            mock.stop();
            mock = AnnexCloudMockServer.builder().clock(Clock.fixed(START, ZoneOffset.UTC))
                    .settings(dev.annexkit.mock.domain.ProgramSettings.expireAfter(java.time.Period.ofDays(10))).start();
            mock.program().enroll(NewMember.of("ada@example.com", "ada@example.com"));
            mock.program().points(PointsCommand.credit("ada@example.com", 100, 50));

            admin("POST", "/clock/advance", "{\"by\":\"P11D\"}");

            assertThat(mock.program().balance("ada@example.com").expired()).isEqualTo(50);
        }

        @Test
        void aBadDurationIsRefusedNamingTheFieldAndLeavesTheClock() throws Exception {
            HttpResponse<String> answer = admin("POST", "/clock/advance", "{\"by\":\"thirty days\"}");

            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(answer.body()).contains("\"errorCode\":\"AC1004\"", "by");
            assertThat(mock.clock().instant()).isEqualTo(START);
        }

        @Test
        void goingBackIsRefused() throws Exception {
            HttpResponse<String> answer = admin("POST", "/clock/advance", "{\"by\":\"-P1D\"}");

            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(mock.clock().instant()).isEqualTo(START);
        }

        @Test
        void readsTheCurrentTime() throws Exception {
            assertThat(admin("GET", "/clock", null).body()).contains("\"now\":\"2025-01-01T00:00:00+0000\"");
        }
    }
}
