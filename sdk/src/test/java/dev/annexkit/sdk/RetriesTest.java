package dev.annexkit.sdk;

import static dev.annexkit.sdk.TestHttp.claims;
import static dev.annexkit.sdk.TestHttp.clientFor;
import static dev.annexkit.sdk.TestHttp.error;
import static dev.annexkit.sdk.TestHttp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annexkit.sdk.TestHttp.RecordingSleeper;
import dev.annexkit.sdk.TestHttp.SteppingClock;
import dev.annexkit.sdk.errors.ApiConnectionException;
import dev.annexkit.sdk.errors.InvalidRequestException;
import dev.annexkit.sdk.errors.RateLimitException;
import dev.annexkit.sdk.errors.ServerException;
import dev.annexkit.sdk.model.OrderUpdateRequest;
import dev.annexkit.sdk.model.OrderUpdateStatus;
import dev.annexkit.sdk.model.PointsActivity;
import dev.annexkit.sdk.model.PointsRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetriesTest {

    static final String BALANCE = "{\"id\":\"ada\",\"availablePoints\":5}";
    static final String BOOKED = "{\"id\":\"ada\",\"credit\":10}";

    private final MockWebServer server = new MockWebServer();
    private final SteppingClock clock = new SteppingClock();
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);
    private AnnexCloudClient client;

    @BeforeEach
    void start() throws IOException {
        server.start();
        client = clientFor(server, clock, sleeper).build();
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    private void enqueue(MockResponse... responses) {
        for (MockResponse response : responses) {
            server.enqueue(response);
        }
    }

    private static MockResponse unavailable() {
        return json(503, error("AC1001", "down"));
    }

    private static PointsRequest credit() {
        return new PointsRequest().id("ada").actionId(100).activity(PointsActivity.CREDIT).credit(10L);
    }

    @Nested
    class Ladder {

        @Test
        void aGetIsRetriedWithDoublingBackoffUntilItSucceeds() {
            enqueue(unavailable(), json(502, ""), json(200, BALANCE));

            assertThat(client.points().getPointBalance("ada").getAvailablePoints()).isEqualTo(5L);

            assertThat(server.getRequestCount()).isEqualTo(3);
            assertThat(sleeper.sleeps).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
        }

        @Test
        void afterTheLastRetryTheLastAnswerIsThrown() {
            enqueue(unavailable(), unavailable(), json(504, error("AC1001", "gateway")));

            assertThatThrownBy(() -> client.points().getPointBalance("ada"))
                    .isInstanceOf(ServerException.class).hasMessage("HTTP 504 AC1001: gateway");
            assertThat(server.getRequestCount()).isEqualTo(3);
        }

        @ParameterizedTest(name = "HTTP {0}")
        @ValueSource(ints = {400, 401, 404, 409, 500})
        void answersThatAreNotTransientAreNotRetried(int status) {
            enqueue(json(status, error("AC1004", "no")), json(200, BALANCE));

            assertThatThrownBy(() -> client.points().getPointBalance("ada"));
            assertThat(server.getRequestCount()).isEqualTo(1);
            assertThat(sleeper.sleeps).isEmpty();
        }

        @Test
        void aDroppedConnectionIsRetried() {
            enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START), json(200, BALANCE));

            assertThat(client.points().getPointBalance("ada").getAvailablePoints()).isEqualTo(5L);
            assertThat(sleeper.sleeps).hasSize(1);
        }

        @Test
        void connectionFailuresOnEveryAttemptEndAsApiConnectionException() {
            for (int i = 0; i < 3; i++) {
                enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
            }

            assertThatThrownBy(() -> client.points().getPointBalance("ada")).isInstanceOf(ApiConnectionException.class);
            assertThat(sleeper.sleeps).hasSize(2);
        }

        @Test
        void maxRetriesZeroPerRequestSendsOnce() {
            enqueue(unavailable(), json(200, BALANCE));

            AnnexCloudClient once = client.withOptions(RequestOptions.builder().maxRetries(0).build());

            assertThatThrownBy(() -> once.points().getPointBalance("ada")).isInstanceOf(ServerException.class);
            assertThat(server.getRequestCount()).isEqualTo(1);
        }
    }

    @Nested
    class RetryAfterHeader {

        @Test
        void theServersDelayIsWaitedInsteadOfTheBackoff() {
            enqueue(json(429, error("AC1001", "slow down")).setHeader("Retry-After", "3"), json(200, BALANCE));

            client.points().getPointBalance("ada");

            assertThat(sleeper.sleeps).containsExactly(Duration.ofSeconds(3));
        }

        @Test
        void anHttpDateIsMeasuredAgainstTheClientsClock() {
            enqueue(unavailable().setHeader("Retry-After", "Tue, 01 Jan 2030 00:00:07 GMT"), json(200, BALANCE));

            client.points().getPointBalance("ada");

            assertThat(sleeper.sleeps).containsExactly(Duration.ofSeconds(7));
        }

        @Test
        void aDelayLongerThanTheMaximumIsNotWaitedForAndSurfacesAsRateLimit() {
            enqueue(json(429, error("AC1001", "later")).setHeader("Retry-After", "120"), json(200, BALANCE));

            assertThatThrownBy(() -> client.points().getPointBalance("ada"))
                    .isInstanceOfSatisfying(RateLimitException.class,
                            e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(120)));
            assertThat(sleeper.sleeps).isEmpty();
        }
    }

    @Nested
    class UnsafeMethods {

        @Test
        void aPostWithoutDeduplicationIsSentOnce() {
            enqueue(unavailable(), json(200, BOOKED));

            assertThatThrownBy(() -> client.points().postPoints(credit())).isInstanceOf(ServerException.class);
            assertThat(server.getRequestCount()).isEqualTo(1);
        }

        @Test
        void aPostWithoutDeduplicationIsNotRetriedAfterAConnectionFailure() {
            enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST), json(200, BOOKED));

            assertThatThrownBy(() -> client.points().postPoints(credit())).isInstanceOf(ApiConnectionException.class);
            assertThat(sleeper.sleeps).isEmpty();
        }

        @Test
        void aPointsPostWithCustomIdAndActionIdIsRetriedWithTheSameBody() throws InterruptedException {
            enqueue(unavailable(), json(200, BOOKED));

            client.points().postPoints(credit().customId("checkout-1"));

            assertThat(server.getRequestCount()).isEqualTo(2);
            assertThat(server.takeRequest().getBody().readUtf8()).isEqualTo(server.takeRequest().getBody().readUtf8());
        }

        @Test
        void aPointsPostWithAnOrderIdIsRetriedUnlessItAsksToReuseTheOrderId() {
            enqueue(unavailable(), json(200, BOOKED), unavailable(), json(200, BOOKED));

            client.points().postPoints(credit().orderId("o-1"));
            assertThat(server.getRequestCount()).isEqualTo(2);

            assertThatThrownBy(() -> client.points().postPoints(credit().orderId("o-1").retry("YES")))
                    .isInstanceOf(ServerException.class);
            assertThat(server.getRequestCount()).isEqualTo(3);
        }

        @Test
        void aPatchIsNotRetried() {
            enqueue(unavailable(), json(200, "{}"));

            assertThatThrownBy(() -> client.orders().updateOrder("o-1",
                    new OrderUpdateRequest().orderId("o-1").status(OrderUpdateStatus.SHIP)))
                    .isInstanceOf(ServerException.class);
            assertThat(server.getRequestCount()).isEqualTo(1);
        }

        @Test
        void theCallerCanOptInPerRequest() {
            enqueue(unavailable(), json(200, BOOKED));

            client.withOptions(RequestOptions.builder().idempotent(true).build()).points().postPoints(credit());

            assertThat(server.getRequestCount()).isEqualTo(2);
        }
    }

    @Nested
    class Signing {

        @Test
        void everyAttemptCarriesAValidSignatureWithAFreshExpiry() throws InterruptedException {
            enqueue(unavailable(), unavailable(), json(200, BOOKED));

            client.points().postPoints(credit().customId("checkout-2"));

            List<Long> expiries = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                RecordedRequest attempt = server.takeRequest();
                assertThat(TestHttp.hasValidBodySignature(attempt, TestHttp.SECRET)).as("attempt %s", i).isTrue();
                expiries.add(claims(attempt).get("exp").getAsLong());
            }
            long start = java.time.Instant.parse("2030-01-01T00:00:00Z").getEpochSecond() + 180;
            // 500 ms then 1 s of (fake) waiting: exp moves with the clock
            assertThat(expiries).containsExactly(start, start, start + 1);
        }

        @Test
        void aRejectedTokenIsNotRetried() {
            enqueue(json(401, error("AC1002", "Request not authorized")), json(200, BALANCE));

            assertThatThrownBy(() -> client.points().getPointBalance("ada"))
                    .isNotInstanceOf(InvalidRequestException.class);
            assertThat(server.getRequestCount()).isEqualTo(1);
        }
    }
}
