package dev.annexkit.mock.wiremock.inspector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.MockHttp;
import dev.annexkit.mock.Seed;
import dev.annexkit.mock.domain.DemoProgram;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The latest API requests as {@code GET /__admin/annexkit/requests} lists them, and the log's bound. */
class RequestLogTest {

    @Nested
    class OverHttp {

        private AnnexCloudMockServer mock;
        private MockHttp api;
        private InspectorHttp admin;

        @BeforeEach
        void start() {
            mock = MockHttp.server().seed(Seed.DEMO).start();
            api = new MockHttp(mock);
            admin = new InspectorHttp(mock);
        }

        @AfterEach
        void stop() {
            mock.stop();
        }

        @Test
        void listsAnsweredApiRequestsNewestFirstWithStatusAndMockTime() {
            api.get("/users/" + DemoProgram.DEMO_MEMBER, DemoProgram.DEMO_MEMBER);
            api.get("/users/nobody", "nobody");

            JsonNode requests = admin.getJson("/requests").get("requests");

            assertThat(requests).hasSize(2);
            JsonNode newest = requests.get(0);
            assertThat(newest.get("method").asText()).isEqualTo("GET");
            assertThat(newest.get("path").asText()).isEqualTo("/api/3.0/users/nobody");
            assertThat(newest.get("status").asInt()).isEqualTo(404);
            assertThat(newest.get("errorCode").asText()).isEqualTo("AC1005");
            assertThat(newest.get("errorMessage").asText()).contains("nobody");
            assertThat(newest.get("mockTime").asText()).isEqualTo("2025-01-01T00:00:00Z");
            assertThat(newest.get("authFailed").asBoolean()).isFalse();
            JsonNode older = requests.get(1);
            assertThat(older.get("status").asInt()).isEqualTo(200);
            assertThat(older.has("errorCode")).isFalse();
            assertThat(older.get("sequence").asLong()).isLessThan(newest.get("sequence").asLong());
        }

        @Test
        void marksAuthenticationFailuresAndRefusedInput() {
            api.send("GET", "/users/" + DemoProgram.DEMO_MEMBER, null, Map.of("X-AnnexCloud-Site", "12345678"));
            String body = "{\"id\":\"" + DemoProgram.DEMO_MEMBER + "\",\"actionId\":\"ten\",\"activity\":\"CREDIT\"}";
            api.post("/points", body);

            JsonNode requests = admin.getJson("/requests").get("requests");

            JsonNode refused = requests.get(0);
            assertThat(refused.get("status").asInt()).isEqualTo(400);
            assertThat(refused.get("refused").asBoolean()).isTrue();
            assertThat(refused.get("authFailed").asBoolean()).isFalse();
            assertThat(refused.get("errorMessage").asText()).contains("actionId");
            JsonNode unauthorised = requests.get(1);
            assertThat(unauthorised.get("status").asInt()).isEqualTo(401);
            assertThat(unauthorised.get("authFailed").asBoolean()).isTrue();
            assertThat(unauthorised.get("errorCode").asText()).isEqualTo("AC1002");
        }

        @Test
        void showsWhatTheAnswerSaysWasTolerated() {
            // The tolerance stage names what it normalised in this header; a user stub stands in for it here.
            mock.wireMock().stubFor(get(urlPathEqualTo("/api/3.0/tolerated")).atPriority(1).willReturn(aResponse()
                    .withStatus(200).withHeader(RequestLogListener.TOLERATED_HEADER, "number-as-string:/actionId")));

            api.get("/tolerated", "");

            JsonNode call = admin.getJson("/requests").at("/requests/0");
            assertThat(call.get("tolerated").asText()).isEqualTo("number-as-string:/actionId");
        }

        @Test
        void leavesAdminTrafficOut() {
            admin.getJson("/members");
            admin.post("/clock/advance", "{\"by\":\"PT1H\"}");

            assertThat(admin.getJson("/requests").get("requests")).isEmpty();
        }

        @Test
        void isEmptiedByReset() {
            api.get("/users/" + DemoProgram.DEMO_MEMBER, DemoProgram.DEMO_MEMBER);
            assertThat(admin.getJson("/requests").get("requests")).hasSize(1);

            admin.post("/reset", "{}");

            assertThat(admin.getJson("/requests").get("requests")).isEmpty();
        }

        @Test
        void limitsTheAnswerToTheRequestedNumber() {
            for (int i = 0; i < 5; i++) {
                api.get("/users/nobody-" + i, "nobody-" + i);
            }

            JsonNode answer = admin.getJson("/requests?limit=2");

            assertThat(answer.get("requests")).hasSize(2);
            assertThat(answer.at("/requests/0/path").asText()).endsWith("nobody-4");
            assertThat(answer.get("held").asInt()).isEqualTo(5);
            assertThat(admin.get("/requests?limit=0").status()).isEqualTo(400);
            assertThat(admin.get("/requests?limit=" + (RequestLog.DEFAULT_CAPACITY + 1)).status()).isEqualTo(400);
        }
    }

    @Nested
    class Bound {

        private static LoggedCall call(RequestLog log, String path) {
            return new LoggedCall(log.nextSequence(), Instant.EPOCH, Instant.EPOCH, "GET", path, 200, null, null, null,
                    false, false);
        }

        @Test
        void keepsOnlyTheNewestCallsUpToItsCapacity() {
            RequestLog log = new RequestLog(3);
            for (String path : new String[] {"/a", "/b", "/c", "/d", "/e"}) {
                log.add(call(log, path));
            }

            assertThat(log.size()).isEqualTo(3);
            assertThat(log.latest(10)).extracting(LoggedCall::path).containsExactly("/e", "/d", "/c");
            assertThat(log.latest(1)).extracting(LoggedCall::path).containsExactly("/e");
        }

        @Test
        void refusesANonPositiveCapacity() {
            assertThatThrownBy(() -> new RequestLog(0)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void cutsLongPathsAndMessages() {
            String cut = RequestLogListener.cut("x".repeat(1_000), RequestLogListener.MAX_PATH);

            assertThat(cut).hasSize(RequestLogListener.MAX_PATH).endsWith("…");
        }
    }
}
