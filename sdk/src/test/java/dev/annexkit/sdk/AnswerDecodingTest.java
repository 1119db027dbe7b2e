package dev.annexkit.sdk;

import static dev.annexkit.sdk.TestHttp.clientFor;
import static dev.annexkit.sdk.TestHttp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annexkit.sdk.TestHttp.RecordingSleeper;
import dev.annexkit.sdk.TestHttp.SteppingClock;
import dev.annexkit.sdk.errors.AnnexCloudException;
import dev.annexkit.sdk.model.PointBalance;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import okhttp3.mockwebserver.MockWebServer;

/** How 2xx answers are bound to the models: whole numbers in decimal form bind, anything else is a contract breach. */
class AnswerDecodingTest {

    private final MockWebServer server = new MockWebServer();
    private AnnexCloudClient client;

    @BeforeEach
    void start() throws IOException {
        server.start();
        SteppingClock clock = new SteppingClock();
        client = clientFor(server, clock, new RecordingSleeper(clock)).build();
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    private static String balance(String availablePoints) {
        return "{\"id\":\"ada\",\"availablePoints\":" + availablePoints + ",\"usedPoints\":\"12\"}";
    }

    @Nested
    class WholeNumbersInDecimalForm {

        @ParameterizedTest(name = "availablePoints {0}")
        @ValueSource(strings = {"\"6620.0\"", "6620.0", "\"6620.00\"", "\"6.62E3\"", "\"6620\"", "6620"})
        void bindToTheIntegerField(String availablePoints) {
            server.enqueue(json(200, balance(availablePoints)));

            PointBalance read = client.points().getPointBalance("ada");

            assertThat(read.getAvailablePoints()).isEqualTo(6620L);
            assertThat(read.getUsedPoints()).isEqualTo(12L);
        }

        @Test
        void bindToAnIntFieldAsAnInt() {
            server.enqueue(json(200, "{\"id\":\"ada\",\"actionId\":\"100.0\",\"credit\":5}"));

            assertThat(client.points().postPoints(dev.annexkit.sdk.points.PointsRequests.manualCredit("ada", 5, "x"))
                    .getActionId()).isEqualTo(100);
        }
    }

    @Nested
    class AnAnswerTheModelsCannotBind {

        @ParameterizedTest(name = "availablePoints {0}")
        @ValueSource(strings = {"\"6620.5\"", "6620.5", "\"\"", "\" \"", "\"lots\"", "true", "\"1e40\"", "{}"})
        void isTheDocumentedContractFailureWithTheRawBody(String availablePoints) {
            String body = balance(availablePoints);
            server.enqueue(json(200, body));

            assertThatThrownBy(() -> client.points().getPointBalance("ada"))
                    .isExactlyInstanceOf(AnnexCloudException.class)
                    .satisfies(e -> {
                        AnnexCloudException failure = (AnnexCloudException) e;
                        assertThat(failure.httpStatus()).isZero();
                        assertThat(failure.errorCode()).isNull();
                        assertThat(failure.rawBody()).isEqualTo(body);
                        assertThat(failure.getMessage()).startsWith("HTTP 0: The response does not match the API contract");
                        assertThat(failure.getCause()).isNotNull();
                    });
        }

        @Test
        void aTokenEchoedInTheBodyIsRedactedFromTheKeptCopy() {
            server.enqueue(json(200, "{\"id\":\"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln\",\"availablePoints\":\"x\"}"));

            assertThatThrownBy(() -> client.points().getPointBalance("ada"))
                    .isInstanceOfSatisfying(AnnexCloudException.class,
                            e -> assertThat(e.rawBody()).doesNotContain("eyJ").contains("[REDACTED]"));
        }
    }
}
