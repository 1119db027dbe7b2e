package dev.annexkit.sdk;

import static dev.annexkit.sdk.TestHttp.clientFor;
import static dev.annexkit.sdk.TestHttp.error;
import static dev.annexkit.sdk.TestHttp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annexkit.sdk.TestHttp.RecordingSleeper;
import dev.annexkit.sdk.TestHttp.SteppingClock;
import dev.annexkit.sdk.errors.ApiConnectionException;
import dev.annexkit.sdk.errors.NotFoundException;
import dev.annexkit.sdk.observability.CallAttempt;
import dev.annexkit.sdk.observability.CallEvent;
import dev.annexkit.sdk.observability.CallListener;
import dev.annexkit.sdk.observability.CallOutcome;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Call listeners hear every attempt through the public builder, named by operation and never by raw path. */
class CallListenerTest {

    private static final String MEMBER = "ada.lovelace@example.com";
    private static final String BALANCE = "{\"id\":\"ada\",\"availablePoints\":5}";

    private final MockWebServer server = new MockWebServer();
    private final SteppingClock clock = new SteppingClock();
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);
    private final List<CallEvent> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server.start();
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    private AnnexCloudClient client(CallListener... listeners) {
        AnnexCloudClient.Builder builder = clientFor(server, clock, sleeper).callListener(events::add);
        for (CallListener listener : listeners) {
            builder.callListener(listener);
        }
        return builder.build();
    }

    @Nested
    class EachAttempt {

        @Test
        void aRetriedCallReportsEveryAttemptWithItsNumberStatusAndOutcome() {
            server.enqueue(json(503, error("AC9999", "busy")));
            server.enqueue(json(200, BALANCE));

            client().points().getPointBalance(MEMBER);

            assertThat(events).hasSize(2);
            assertThat(events).extracting(CallEvent::attemptNumber).containsExactly(1, 2);
            assertThat(events).extracting(CallEvent::status).containsExactly(503, 200);
            assertThat(events).extracting(CallEvent::outcome)
                    .containsExactly(CallOutcome.SERVER_ERROR, CallOutcome.SUCCESS);
            assertThat(events).extracting(CallEvent::errorCode)
                    .containsExactly(Optional.of("AC9999"), Optional.empty());
            assertThat(events).allSatisfy(event -> {
                assertThat(event.operationId()).isEqualTo("getPointBalance");
                assertThat(event.method()).isEqualTo("GET");
                assertThat(event.pathTemplate()).isEqualTo("/points/{memberId}");
                assertThat(event.duration().isNegative()).isFalse();
            });
        }

        @Test
        void noEventCarriesTheMembersAddress() {
            server.enqueue(json(200, BALANCE));

            client().points().getPointBalance(MEMBER);

            assertThat(events).singleElement().satisfies(event -> {
                assertThat(event.toString()).doesNotContain("ada.lovelace").contains("/points/{memberId}");
                assertThat(event.attempt().toString()).doesNotContain("ada.lovelace");
            });
        }

        @Test
        void anErrorAnswerReportsItsErrorCodeAndTheCallerStillReadsTheWholeError() {
            server.enqueue(json(404, error("AC1005", "No data found")));

            assertThatThrownBy(() -> client().users().getMember(MEMBER))
                    .isInstanceOfSatisfying(NotFoundException.class,
                            e -> assertThat(e.errorMessage()).isEqualTo("No data found"));

            assertThat(events).singleElement().satisfies(event -> {
                assertThat(event.operationId()).isEqualTo("getMember");
                assertThat(event.status()).isEqualTo(404);
                assertThat(event.errorCode()).contains("AC1005");
                assertThat(event.outcome()).isEqualTo(CallOutcome.CLIENT_ERROR);
            });
        }

        @Test
        void anAttemptWithoutAnswerReportsTheFailureAndStatusZero() {
            server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
            AnnexCloudClient noRetries = clientFor(server, clock, sleeper).maxRetries(0)
                    .callListener(events::add).build();

            assertThatThrownBy(() -> noRetries.points().getPointBalance(MEMBER))
                    .isInstanceOf(ApiConnectionException.class);

            assertThat(events).singleElement().satisfies(event -> {
                assertThat(event.status()).isZero();
                assertThat(event.outcome()).isEqualTo(CallOutcome.IO_ERROR);
                assertThat(event.failure()).isPresent();
                assertThat(event.errorCode()).isEmpty();
            });
        }
    }

    @Nested
    class Registration {

        @Test
        void severalListenersAllHearEveryAttemptInOrder() {
            List<String> order = new CopyOnWriteArrayList<>();
            server.enqueue(json(200, BALANCE));

            client(event -> order.add("second"), event -> order.add("third")).points().getPointBalance(MEMBER);

            assertThat(events).hasSize(1);
            assertThat(order).containsExactly("second", "third");
        }

        @Test
        void aThrowingListenerNeverBreaksTheCallNorSilencesTheOthers() {
            server.enqueue(json(200, BALANCE));
            CallListener throwsOnStart = new CallListener() {
                @Override
                public CallListener attemptStarted(CallAttempt attempt) {
                    throw new IllegalStateException("boom at start");
                }

                @Override
                public void attemptFinished(CallEvent event) {
                    throw new IllegalStateException("never called");
                }
            };
            CallListener throwsOnFinish = event -> {
                throw new AssertionError("boom at finish");
            };

            AnnexCloudClient client = client(throwsOnStart, throwsOnFinish);

            assertThat(client.points().getPointBalance(MEMBER).getAvailablePoints()).isEqualTo(5L);
            assertThat(events).hasSize(1);
        }

        @Test
        void aListenerKeepsPerAttemptStateByReturningAListenerFromAttemptStarted() {
            server.enqueue(json(502, error("AC9999", "gateway")));
            server.enqueue(json(200, BALANCE));
            List<String> spans = new CopyOnWriteArrayList<>();
            CallListener tracing = new CallListener() {
                @Override
                public CallListener attemptStarted(CallAttempt attempt) {
                    String span = "span-" + attempt.attempt();
                    return event -> spans.add(span + ":" + event.status());
                }

                @Override
                public void attemptFinished(CallEvent event) {
                    spans.add("unscoped");
                }
            };

            client(tracing).points().getPointBalance(MEMBER);

            assertThat(spans).containsExactly("span-1:502", "span-2:200");
        }

        @Test
        void aDerivedClientKeepsTheListeners() {
            server.enqueue(json(200, BALANCE));

            client().withOptions(RequestOptions.builder().maxRetries(0).build()).points().getPointBalance(MEMBER);

            assertThat(events).singleElement().extracting(CallEvent::operationId).isEqualTo("getPointBalance");
        }

        @Test
        void aClientWithoutListenersAddsNoObservationInterceptor() {
            AnnexCloudClient plain = clientFor(server, clock, sleeper).build();
            AnnexCloudClient observed = client();

            assertThat(observed.okHttpClient().interceptors()).hasSize(plain.okHttpClient().interceptors().size() + 2);
        }
    }
}
