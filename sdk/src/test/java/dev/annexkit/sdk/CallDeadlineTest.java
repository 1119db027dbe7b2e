package dev.annexkit.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annexkit.sdk.errors.ApiConnectionException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every call has an overall deadline unless the caller removes it. */
class CallDeadlineTest {

    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws IOException {
        server.start();
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    private AnnexCloudClient.Builder builder() {
        return AnnexCloudClient.builder().baseUrl(server.url("/api/3.0").toString())
                .siteId(TestHttp.SITE_ID).siteName(TestHttp.SITE_NAME).secret(TestHttp.SECRET).maxRetries(0);
    }

    @Test
    void aClientBuiltWithoutOneHasTheDefaultDeadline() {
        assertThat(builder().build().okHttpClient().callTimeoutMillis())
                .isEqualTo(AnnexCloudClient.DEFAULT_CALL_TIMEOUT.toMillis())
                .isEqualTo(Duration.ofMinutes(2).toMillis());
    }

    @Test
    void itCanBeChangedOrRemovedPerClientAndPerRequest() {
        AnnexCloudClient client = builder().callTimeout(Duration.ofSeconds(40)).build();

        assertThat(client.okHttpClient().callTimeoutMillis()).isEqualTo(40_000);
        assertThat(client.withOptions(RequestOptions.builder().timeout(Duration.ofSeconds(3)).build())
                .okHttpClient().callTimeoutMillis()).isEqualTo(3_000);
        assertThat(builder().callTimeout(Duration.ZERO).build().okHttpClient().callTimeoutMillis()).isZero();
    }

    @Test
    void anAnswerTricklingInSlowerThanTheDeadlineEndsTheCallAsATimeout() {
        // one byte every 100 ms: the read timeout never trips, only the overall deadline does
        server.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
                .setBody("{\"id\":\"ada\",\"availablePoints\":5,\"padding\":\"" + "x".repeat(200) + "\"}")
                .throttleBody(1, 100, TimeUnit.MILLISECONDS));
        AnnexCloudClient client = builder().readTimeout(Duration.ofSeconds(1)).build()
                .withOptions(RequestOptions.builder().timeout(Duration.ofMillis(500)).build());

        assertThatThrownBy(() -> client.points().getPointBalance("ada"))
                .isInstanceOfSatisfying(ApiConnectionException.class, e -> assertThat(e.isTimeout()).isTrue());
    }
}
