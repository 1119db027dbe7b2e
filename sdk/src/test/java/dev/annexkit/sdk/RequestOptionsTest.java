package dev.annexkit.sdk;

import static dev.annexkit.sdk.TestHttp.clientFor;
import static dev.annexkit.sdk.TestHttp.error;
import static dev.annexkit.sdk.TestHttp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annexkit.sdk.TestHttp.RecordingSleeper;
import dev.annexkit.sdk.TestHttp.SteppingClock;
import dev.annexkit.sdk.errors.AnnexCloudException;
import dev.annexkit.sdk.errors.ApiConnectionException;
import dev.annexkit.sdk.logging.HttpLogging;
import dev.annexkit.sdk.model.MemberUpdateRequest;
import dev.annexkit.sdk.points.PointsRequests;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RequestOptionsTest {

    static final String BALANCE = "{\"id\":\"ada\",\"availablePoints\":5}";

    private final MockWebServer server = new MockWebServer();
    private final SteppingClock clock = new SteppingClock();
    private AnnexCloudClient.Builder builder;

    @BeforeEach
    void start() throws IOException {
        server.start();
        builder = clientFor(server, clock, new RecordingSleeper(clock));
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Nested
    class DerivedClients {

        @Test
        void shareTheConnectionPoolAndDispatcherAndLeaveTheOriginalAlone() {
            AnnexCloudClient client = builder.build();

            AnnexCloudClient derived = client.withOptions(RequestOptions.builder()
                    .readTimeout(Duration.ofSeconds(99)).connectTimeout(Duration.ofSeconds(7)).build());

            OkHttpClient original = client.okHttpClient();
            OkHttpClient copy = derived.okHttpClient();
            assertThat(copy.connectionPool()).isSameAs(original.connectionPool());
            assertThat(copy.dispatcher()).isSameAs(original.dispatcher());
            assertThat(copy.readTimeoutMillis()).isEqualTo(99_000);
            assertThat(copy.connectTimeoutMillis()).isEqualTo(7_000);
            assertThat(original.readTimeoutMillis()).isEqualTo(30_000);
        }

        @Test
        void aGivenOkHttpClientIsSharedNotChanged() {
            OkHttpClient mine = new OkHttpClient();

            AnnexCloudClient client = builder.httpClient(mine).build();

            assertThat(client.okHttpClient().connectionPool()).isSameAs(mine.connectionPool());
            assertThat(mine.interceptors()).isEmpty();
        }

        @Test
        void extraHeadersAreSentButCannotReplaceTheSignature() throws InterruptedException {
            server.enqueue(json(200, BALANCE));

            builder.build().withOptions(RequestOptions.builder().header("X-Request-Id", "r-1")
                    .header("Authorization", "Bearer forged").build()).points().getPointBalance("ada");

            RecordedRequest request = server.takeRequest();
            assertThat(request.getHeader("X-Request-Id")).isEqualTo("r-1");
            assertThat(request.getHeader("Authorization")).startsWith("Bearer ey");
        }

        @Test
        void anotherSiteSignsWithItsOwnCredentials() throws InterruptedException {
            server.enqueue(json(200, "{}"));

            builder.build().withOptions(RequestOptions.builder().credentials("87654321", "othersite", "other-secret")
                    .build()).points().postPoints(PointsRequests.manualCredit("ada", 5, null));

            RecordedRequest request = server.takeRequest();
            assertThat(request.getHeader("X-AnnexCloud-Site")).isEqualTo("87654321");
            assertThat(TestHttp.claims(request).get("sub").getAsString()).isEqualTo("othersite");
        }

        @Test
        void aPerRequestReadTimeoutApplies() {
            server.enqueue(json(200, BALANCE).setHeadersDelay(2, TimeUnit.SECONDS));

            AnnexCloudClient impatient = builder.build().withOptions(RequestOptions.builder()
                    .readTimeout(Duration.ofMillis(100)).maxRetries(0).build());

            assertThatThrownBy(() -> impatient.points().getPointBalance("ada"))
                    .isInstanceOfSatisfying(ApiConnectionException.class, e -> assertThat(e.isTimeout()).isTrue());
        }
    }

    @Nested
    class ExplicitNulls {

        @Test
        void listedFieldsAreSentAsJsonNullAndTheSignatureCoversThem() throws InterruptedException {
            server.enqueue(json(200, "{\"id\":\"ada\"}"));

            builder.build().withOptions(RequestOptions.builder().sendNull("lastName", "address.line2").build())
                    .users().updateMember("ada", new MemberUpdateRequest().firstName("Ada"));

            RecordedRequest request = server.takeRequest();
            String body = request.getBody().clone().readUtf8();
            assertThat(body).contains("\"firstName\":\"Ada\"").contains("\"lastName\":null")
                    .doesNotContain("line2");
            assertThat(TestHttp.hasValidBodySignature(request, TestHttp.SECRET)).isTrue();
        }

        @Test
        void withoutTheOptionUnsetFieldsAreLeftOut() throws InterruptedException {
            server.enqueue(json(200, "{\"id\":\"ada\"}"));

            builder.build().users().updateMember("ada", new MemberUpdateRequest().firstName("Ada"));

            assertThat(server.takeRequest().getBody().readUtf8()).doesNotContain("null");
        }
    }

    @Nested
    class Redaction {

        @Test
        void neitherTheSecretNorTheTokenAppearsInLogsOrExceptions() throws InterruptedException {
            List<String> lines = new ArrayList<>();
            server.enqueue(json(401, error("AC1002", "Request not authorized"))
                    .setHeader("Authorization", "Bearer echoed." + TestHttp.SECRET));
            AnnexCloudClient client = builder.logging(HttpLogging.of(HttpLoggingInterceptor.Level.BODY, lines::add))
                    .build();

            Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                    () -> client.points().postPoints(PointsRequests.manualCredit("ada", 5, "x")));

            String token = server.takeRequest().getHeader("Authorization").substring("Bearer ".length());
            String log = String.join("\n", lines);
            assertThat(log).contains("POST ").contains("\"credit\":5").contains("Authorization: ██");
            assertThat(log).doesNotContain(TestHttp.SECRET).doesNotContain(token);
            AnnexCloudException e = (AnnexCloudException) thrown;
            assertThat(e.getMessage() + e.rawBody() + e.headers()).doesNotContain(TestHttp.SECRET)
                    .doesNotContain(token);
        }

        @Test
        void optionsNeverPrintTheSecret() {
            assertThat(RequestOptions.builder().credentials("1", "s", "top-secret").build().toString())
                    .doesNotContain("top-secret");
        }
    }
}
