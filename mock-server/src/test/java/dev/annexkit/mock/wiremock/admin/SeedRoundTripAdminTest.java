package dev.annexkit.mock.wiremock.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.Seed;
import dev.annexkit.mock.domain.ProgramSettings;
import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.wiremock.state.BusyProgram;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The seed refuses keys it does not know, and takes the state export back as it is. */
class SeedRoundTripAdminTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private AnnexCloudMockServer mock;

    @BeforeEach
    void start() {
        mock = AnnexCloudMockServer.builder().seed(Seed.DEMO).settings(ProgramSettings.expireAfter(Period.ofDays(365)))
                .clock(Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC)).start();
    }

    @AfterEach
    void stop() {
        mock.stop();
    }

    private HttpResponse<String> admin(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + mock.port() + "/__admin/annexkit" + path))
                .header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Nested
    class UnknownKeys {

        @Test
        void aMisspeltTopLevelKeyIsRefusedByNameAndSeedsNothing() throws Exception {
            String before = mock.exportState();

            HttpResponse<String> answer = admin("POST", "/seed", "{\"membres\": [{\"id\": \"ada\"}]}");

            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(answer.body()).contains("\"errorCode\":\"AC1004\"", "membres");
            assertThat(mock.exportState()).isEqualTo(before);
        }

        @Test
        void anUnknownKeyInsideAnItemIsRefusedWithItsPlace() throws Exception {
            HttpResponse<String> answer = admin("POST", "/seed",
                    "{\"rewards\": [{\"rewardId\": \"R1\", \"name\": \"One\", \"cupons\": [\"A\"]}]}");

            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(answer.body()).contains("rewards[0].cupons");
        }

        @Test
        void anUnknownSectionOfAStateExportIsRefusedByName() throws Exception {
            String export = mock.exportState();
            String typo = export.replaceFirst("\"stores\"", "\"storez\"");

            HttpResponse<String> answer = admin("POST", "/seed", typo);

            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(answer.body()).contains("storez");
            assertThat(mock.exportState()).isEqualTo(export);
        }

        @Test
        void fromJavaTheSameMistakeIsAnInvalidFieldNamingTheKey() {
            assertThatThrownBy(() -> mock.loadSeed("{\"base\": \"demo\", \"credit\": []}"))
                    .isInstanceOf(InvalidField.class).hasMessageContaining("credit").hasMessageContaining("credits");
        }
    }

    @Nested
    class ExportAsSeed {

        @Test
        void exportResetSeedExportIsAnIdentityForTheDemoSeed() throws Exception {
            assertRoundTrip();
        }

        @Test
        void exportResetSeedExportIsAnIdentityWithActivityInEveryArea() throws Exception {
            BusyProgram.arrange(mock.program());
            assertRoundTrip();
        }

        private void assertRoundTrip() throws Exception {
            String export = admin("GET", "/state", null).body();
            assertThat(admin("POST", "/reset", null).statusCode()).isEqualTo(200);

            HttpResponse<String> seeded = admin("POST", "/seed", export);

            assertThat(seeded.statusCode()).as(seeded.body()).isEqualTo(200);
            assertThat(admin("GET", "/state", null).body()).isEqualTo(export);
        }
    }
}
