package dev.annexkit.mock.wiremock.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.MockHttp;
import dev.annexkit.mock.Seed;
import dev.annexkit.mock.domain.DemoProgram;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Faults that keep state, seen from a plain HTTP client. */
class FaultsHttpTest {

    private static final String MEMBER = DemoProgram.DEMO_MEMBER;
    private static final String CREDIT = "{\"id\":\"" + MEMBER + "\",\"actionId\":100,\"activity\":\"CREDIT\","
            + "\"credit\":10}";

    private final HttpClient http = HttpClient.newHttpClient();
    private AnnexCloudMockServer mock;
    private MockHttp api;

    @BeforeEach
    void start() {
        mock = MockHttp.server().seed(Seed.DEMO).start();
        api = new MockHttp(mock);
    }

    @AfterEach
    void stop() {
        mock.stop();
    }

    private long available() {
        return mock.program().balance(MEMBER).available();
    }

    private HttpResponse<String> postCredit() throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(mock.baseUrl() + "/points"))
                .POST(HttpRequest.BodyPublishers.ofString(CREDIT, StandardCharsets.UTF_8));
        api.signedBodyHeaders("POST", CREDIT).forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> admin(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + mock.port() + "/__admin/annexkit" + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Nested
    class Fail {

        @Test
        void answersTheStatusWithRetryAfterAndAppliesNothingThenPassesTheNextRequest() throws Exception {
            mock.faults().on("postPoints").times(1).fail(429, Duration.ofSeconds(7));
            String before = mock.exportState();

            HttpResponse<String> failed = postCredit();

            assertThat(failed.statusCode()).isEqualTo(429);
            assertThat(failed.headers().firstValue("Retry-After")).hasValue("7");
            assertThat(failed.body()).contains("\"errorCode\":\"AC1001\"");
            assertThat(mock.exportState()).isEqualTo(before);
            assertThat(postCredit().statusCode()).isEqualTo(200);
            assertThat(mock.faults().list()).isEmpty();
        }

        @Test
        void hitsOnlyItsOwnOperation() throws Exception {
            mock.faults().on("getPointBalance").fail();

            assertThat(postCredit().statusCode()).isEqualTo(200);
            assertThat(api.get("/points/" + MEMBER, MEMBER).status()).isEqualTo(503);
        }
    }

    @Nested
    class ApplyThenDrop {

        @Test
        void theCreditIsBookedButTheConnectionClosesWithoutAnAnswer() {
            mock.faults().on("postPoints").applyThenDrop();
            long before = available();

            assertThatThrownBy(FaultsHttpTest.this::postCredit).isInstanceOf(IOException.class);

            assertThat(available()).isEqualTo(before + 10);
        }
    }

    @Nested
    class ApplyThenFail {

        @Test
        void theCreditIsBookedAndTheAnswerIs503() throws Exception {
            mock.faults().on("postPoints").applyThenFail();
            long before = available();

            HttpResponse<String> answer = postCredit();

            assertThat(answer.statusCode()).isEqualTo(503);
            assertThat(answer.headers().firstValue("Retry-After")).isPresent();
            assertThat(available()).isEqualTo(before + 10);
        }
    }

    @Nested
    class Delay {

        @Test
        void theAnswerComesAfterTheDelayAndTheRequestIsApplied() throws Exception {
            mock.faults().on("postPoints").delay(Duration.ofMillis(400));
            long before = available();
            long started = System.nanoTime();

            HttpResponse<String> answer = postCredit();

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
            assertThat(available()).isEqualTo(before + 10);
        }
    }

    @Nested
    class Counting {

        @Test
        void aCountedFaultHitsExactlyTheNextNRequestsAndShowsWhatIsLeft() throws Exception {
            mock.faults().on("postPoints").times(2).fail();

            assertThat(postCredit().statusCode()).isEqualTo(503);
            assertThat(mock.faults().list()).singleElement().extracting(Fault::times).isEqualTo(1);
            assertThat(postCredit().statusCode()).isEqualTo(503);
            assertThat(postCredit().statusCode()).isEqualTo(200);
        }

        @Test
        void aProbabilityIsDrawnFromTheSeedSoTwoServersWithTheSameSeedHitTheSameRequests() throws Exception {
            List<Integer> first = statuses(mock);
            try (AnnexCloudMockServer twin = MockHttp.server().seed(Seed.DEMO).start()) {
                mock.stop();
                mock = twin;
                api = new MockHttp(twin);
                assertThat(statuses(twin)).isEqualTo(first);
            }
            assertThat(first).contains(200, 503);
        }

        private List<Integer> statuses(AnnexCloudMockServer server) throws Exception {
            server.faults().on("postPoints").probability(0.5).fail();
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                statuses.add(postCredit().statusCode());
            }
            return statuses;
        }
    }

    @Nested
    class AdminApi {

        @Test
        void addsListsRemovesAndClearsFaults() throws Exception {
            HttpResponse<String> added = admin("POST", "/faults",
                    "{\"operationId\":\"postPoints\",\"kind\":\"apply-then-fail\",\"times\":2}");
            assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
            assertThat(added.body()).contains("\"id\":\"fault-1\"", "\"kind\":\"apply-then-fail\"", "\"times\":2");
            admin("POST", "/faults", "{\"operationId\":\"getPointBalance\",\"kind\":\"delay\",\"delay\":\"PT0.1S\","
                    + "\"probability\":0.5}");

            assertThat(admin("GET", "/faults", null).body()).contains("fault-1", "fault-2", "\"delay\":\"PT0.1S\"");
            assertThat(postCredit().statusCode()).isEqualTo(503);

            assertThat(admin("DELETE", "/faults/fault-1", null).statusCode()).isEqualTo(200);
            assertThat(admin("DELETE", "/faults/fault-1", null).statusCode()).isEqualTo(404);
            assertThat(postCredit().statusCode()).isEqualTo(200);
            assertThat(admin("DELETE", "/faults", null).body()).isEqualTo("{\"faults\":[]}");
            assertThat(mock.faults().list()).isEmpty();
        }

        @Test
        void refusesAnUnknownOperationKindOrKeyByName() throws Exception {
            HttpResponse<String> operation = admin("POST", "/faults", "{\"operationId\":\"postPointz\",\"kind\":\"fail\"}");
            HttpResponse<String> kind = admin("POST", "/faults", "{\"operationId\":\"postPoints\",\"kind\":\"explode\"}");
            HttpResponse<String> key = admin("POST", "/faults",
                    "{\"operationId\":\"postPoints\",\"kind\":\"fail\",\"tims\":1}");

            assertThat(operation.statusCode()).isEqualTo(400);
            assertThat(operation.body()).contains("AC1004", "postPointz");
            assertThat(kind.body()).contains("AC1004", "apply-then-drop");
            assertThat(key.body()).contains("AC1004", "tims");
            assertThat(mock.faults().list()).isEmpty();
        }

        @Test
        void aResetClearsEveryFault() throws Exception {
            mock.faults().on("postPoints").probability(1.0).fail();

            admin("POST", "/reset", null);

            assertThat(mock.faults().list()).isEmpty();
            assertThat(postCredit().statusCode()).isEqualTo(200);
        }
    }
}
