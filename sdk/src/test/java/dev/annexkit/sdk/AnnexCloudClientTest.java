package dev.annexkit.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annexkit.sdk.errors.ApiConnectionException;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AnnexCloudClientTest {

    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws IOException {
        server.start();
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    private AnnexCloudClient.Builder configured() {
        return AnnexCloudClient.builder()
                .baseUrl(server.url("/api/3.0").toString())
                .siteId("12345678").siteName("mocksite").secret("mock-shared-secret-2024")
                .clock(Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC));
    }

    @Nested
    class Building {

        @Test
        void eachCredentialIsRequiredAndNamedWhenMissing() {
            assertThatThrownBy(() -> AnnexCloudClient.builder().siteName("s").secret("x").build())
                    .isInstanceOf(IllegalStateException.class).hasMessage("siteId is required");
            assertThatThrownBy(() -> AnnexCloudClient.builder().siteId("1").secret("x").build())
                    .isInstanceOf(IllegalStateException.class).hasMessage("siteName is required");
            assertThatThrownBy(() -> AnnexCloudClient.builder().siteId("1").siteName("s").build())
                    .isInstanceOf(IllegalStateException.class).hasMessage("secret is required");
        }

        @Test
        void aBaseUrlThatIsNotHttpIsRejected() {
            assertThatThrownBy(() -> configured().baseUrl("ftp://example.com/api/3.0").build())
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ftp://example.com/api/3.0");
        }
    }

    @Nested
    class Requests {

        @Test
        void goUnderTheBaseUrlWithTheSdkUserAgentAndTheSiteHeader() throws InterruptedException {
            server.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
                    .setBody("{\"id\":\"ada@example.com\",\"availablePoints\":5}"));

            configured().baseUrl(server.url("/api/3.0/").toString()).build()
                    .points().getPointBalance("ada@example.com");

            RecordedRequest request = server.takeRequest();
            assertThat(request.getPath()).isEqualTo("/api/3.0/points/ada%40example.com");
            assertThat(request.getHeader("User-Agent")).startsWith("annexkit-java/").doesNotContain("unknown");
            assertThat(request.getHeader("X-AnnexCloud-Site")).isEqualTo("12345678");
            assertThat(request.getHeader("Authorization")).startsWith("Bearer ey");
        }

        @Test
        void anUnreachableServerIsAnApiConnectionException() throws IOException {
            AnnexCloudClient client = configured().maxRetries(0).build();
            server.close();

            assertThatThrownBy(() -> client.points().getPointBalance("ada@example.com"))
                    .isInstanceOf(ApiConnectionException.class)
                    .satisfies(e -> assertThat(((ApiConnectionException) e).httpStatus()).isZero());
        }
    }
}
