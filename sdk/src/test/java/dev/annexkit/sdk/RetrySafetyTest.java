package dev.annexkit.sdk;

import static dev.annexkit.sdk.TestHttp.clientFor;
import static dev.annexkit.sdk.TestHttp.error;
import static dev.annexkit.sdk.TestHttp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.annexkit.sdk.TestHttp.RecordingSleeper;
import dev.annexkit.sdk.TestHttp.SteppingClock;
import dev.annexkit.sdk.errors.AlreadyAppliedException;
import dev.annexkit.sdk.errors.ApiConnectionException;
import dev.annexkit.sdk.errors.ConflictException;
import dev.annexkit.sdk.points.PointsRequests;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Arrays;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * On the wire: a request is resent only when the API de-duplicates it, a lost answer to anything else is reported as
 * an unknown outcome, and the repeat's 409 after a lost answer says the first attempt was applied.
 */
class RetrySafetyTest {

    static final String BOOKED = "{\"id\":\"ada\",\"debit\":10}";
    static final String DUPLICATE = error("AC1006", "Duplicate orderId");

    private final MockWebServer server = new MockWebServer();
    private final SteppingClock clock = new SteppingClock();
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);
    private AnnexCloudClient client;

    @BeforeEach
    void start() throws IOException {
        server.start();
        client = clientFor(server, clock, sleeper).readTimeout(Duration.ofMillis(300)).build();
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    /** The server reads the request and never answers: the client's read timeout ends the attempt. */
    private static MockResponse noAnswer() {
        return new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE);
    }

    private static MockResponse dropAfterRequest() {
        return new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST);
    }

    @Nested
    class ARequestTheApiDoesNotDeduplicate {

        @Test
        void aDebitWithAnOrderIdIsSentOnceAndItsLostAnswerIsAnUnknownOutcome() {
            server.enqueue(noAnswer());
            server.enqueue(json(200, BOOKED));

            Throwable thrown = catchThrowable(() -> client.points().postPoints(
                    PointsRequests.manualDebit("ada", 10, "refund").orderId("ORD-77")));

            assertThat(server.getRequestCount()).isEqualTo(1);
            assertThat(sleeper.sleeps).isEmpty();
            assertThat(thrown).isInstanceOfSatisfying(ApiConnectionException.class, e -> {
                assertThat(e.outcomeUnknown()).isTrue();
                assertThat(e.isTimeout()).isTrue();
                assertThat(e.getMessage()).contains("outcome is unknown").contains("may have been applied");
            });
        }

        @Test
        void aConnectionClosedAfterTheRequestIsAnUnknownOutcomeToo() {
            server.enqueue(dropAfterRequest());
            server.enqueue(json(200, BOOKED));

            Throwable thrown = catchThrowable(() -> client.points().postPoints(
                    PointsRequests.manualCredit("ada", 10, "no key")));

            assertThat(server.getRequestCount()).isEqualTo(1);
            assertThat(thrown).isInstanceOfSatisfying(ApiConnectionException.class,
                    e -> assertThat(e.outcomeUnknown()).isTrue());
        }

        @Test
        void aRewardRedemptionIsNotRetriedEvenWithACustomId() {
            server.enqueue(noAnswer());
            server.enqueue(json(200, BOOKED));

            Throwable thrown = catchThrowable(() -> client.points().postPoints(
                    PointsRequests.redeemReward("ada", "FREE-GIFT").customId("gift-1")));

            assertThat(server.getRequestCount()).isEqualTo(1);
            assertThat(thrown).isInstanceOfSatisfying(ApiConnectionException.class,
                    e -> assertThat(e.outcomeUnknown()).isTrue());
        }

        @Test
        void aRequestThatNeverLeftHasAKnownOutcome() throws IOException {
            String url = server.url("/api/3.0").toString();
            server.shutdown(); // nothing listens any more: the connection is refused

            AnnexCloudClient refused = AnnexCloudClient.builder().baseUrl(url).siteId(TestHttp.SITE_ID)
                    .siteName(TestHttp.SITE_NAME).secret(TestHttp.SECRET).maxRetries(0).build();
            Throwable thrown = catchThrowable(() -> refused.points().postPoints(
                    PointsRequests.manualDebit("ada", 10, "refund").orderId("ORD-77")));

            assertThat(thrown).isInstanceOfSatisfying(ApiConnectionException.class, e -> {
                assertThat(e.outcomeUnknown()).isFalse();
                assertThat(e.getMessage()).doesNotContain("outcome is unknown");
            });
        }

        @Test
        void okHttpDoesNotResendItOnAnotherAddressBehindTheSdksBack() {
            // Two addresses for the host: OkHttp's own recovery would try the second one with the same POST.
            OkHttpClient twoRoutes = new OkHttpClient.Builder()
                    .dns(host -> Arrays.asList(InetAddress.getLoopbackAddress(), InetAddress.getLoopbackAddress()))
                    .build();
            server.enqueue(dropAfterRequest());
            server.enqueue(json(200, BOOKED));
            AnnexCloudClient client = clientFor(server, clock, sleeper).httpClient(twoRoutes).build();

            Throwable thrown = catchThrowable(() -> client.points().postPoints(
                    PointsRequests.manualDebit("ada", 10, "refund").orderId("ORD-77")));

            assertThat(server.getRequestCount()).isEqualTo(1);
            assertThat(thrown).isInstanceOf(ApiConnectionException.class);
        }
    }

    @Nested
    class ARequestTheApiDeduplicates {

        @Test
        void aCreditWithAnOrderIdIsResentAndTheRepeatsConflictSaysTheFirstAttemptWasApplied() {
            server.enqueue(noAnswer());
            server.enqueue(json(409, DUPLICATE));

            Throwable thrown = catchThrowable(() -> client.points().postPoints(
                    PointsRequests.manualCredit("ada", 10, "order credit").orderId("ORD-77")));

            assertThat(server.getRequestCount()).isEqualTo(2);
            assertThat(thrown).isInstanceOfSatisfying(AlreadyAppliedException.class, e -> {
                assertThat(e).isInstanceOf(ConflictException.class);
                assertThat(e.attempt()).isEqualTo(2);
                assertThat(e.httpStatus()).isEqualTo(409);
                assertThat(e.errorCode()).isEqualTo("AC1006");
                assertThat(e.getMessage()).contains("applied once").contains("answer is lost");
            });
        }

        @Test
        void aConflictToTheFirstAttemptStaysAPlainConflict() {
            server.enqueue(json(409, DUPLICATE));

            Throwable thrown = catchThrowable(() -> client.points().postPoints(
                    PointsRequests.manualCredit("ada", 10, "order credit").orderId("ORD-77")));

            assertThat(thrown).isExactlyInstanceOf(ConflictException.class);
        }

        @Test
        void anAnswerToTheRetryIsReturnedAsUsual() {
            server.enqueue(dropAfterRequest());
            server.enqueue(json(200, "{\"id\":\"ada\",\"credit\":10}"));

            assertThat(client.points().postPoints(PointsRequests.manualCredit("ada", 10, "c").customId("c-1"))
                    .getCredit()).isEqualTo(10L);
            assertThat(server.getRequestCount()).isEqualTo(2);
        }

        @Test
        void whenEveryAttemptFailsTheOutcomeIsNotCalledUnknownBecauseItIsSafeToSendAgain() {
            for (int i = 0; i < 3; i++) {
                server.enqueue(noAnswer());
            }

            Throwable thrown = catchThrowable(() -> client.points().postPoints(
                    PointsRequests.manualCredit("ada", 10, "c").customId("c-2")));

            assertThat(server.getRequestCount()).isEqualTo(3);
            assertThat(thrown).isInstanceOfSatisfying(ApiConnectionException.class,
                    e -> assertThat(e.outcomeUnknown()).isFalse());
        }
    }
}
