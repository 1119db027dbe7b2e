package dev.annexkit.mock.wiremock.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.MockCredentials;
import dev.annexkit.mock.MockHttp;
import dev.annexkit.mock.Seed;
import dev.annexkit.mock.domain.DemoProgram;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The token checks that held up in unit tests, through HTTP: numeric claims, form uploads, a moved clock. */
class TokenHardeningOverHttpTest {

    private static final String HEADER = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";
    private static final MockCredentials SITE = MockCredentials.defaults();

    private AnnexCloudMockServer mock;

    @AfterEach
    void stop() {
        if (mock != null) {
            mock.stop();
        }
    }

    private static String token(Object exp, String hmacPayload) {
        String claims = "{\"sub\":\"s\",\"exp\":" + exp + ",\"site_id\":\"" + SITE.siteId() + "\",\"hmac\":\""
                + AnnexSignatures.hmac(hmacPayload, SITE.secret()) + "\"}";
        return "Bearer " + AnnexSignatures.jwt(HEADER, claims, SITE.secret());
    }

    @Nested
    class NumericClaims {

        @Test
        void aHugeExponentInExpIsRefusedAtOnce() {
            mock = MockHttp.server().start();
            MockHttp http = new MockHttp(mock);
            for (String exp : new String[] {"\"-1e1000000000\"", "\"1e999999999\"", "\"9" + "9".repeat(5000) + "\"",
                "1" + "0".repeat(900)}) {
                MockHttp.Answer answer = assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                        http.send("GET", "/users/nobody", null, Map.of("Authorization", token(exp, "\"nobody\""),
                                "X-AnnexCloud-Site", SITE.siteId())));
                assertThat(answer.status()).as(exp.substring(0, Math.min(20, exp.length()))).isEqualTo(401);
            }
        }
    }

    @Nested
    class FormUploads {

        @Test
        void aMultipartContentTypeNoLongerLetsAnyTokenThrough() {
            mock = MockHttp.server().seed(Seed.DEMO).start();
            MockHttp http = new MockHttp(mock);
            // a token captured from a receipt upload of another member: its hmac covers that member's id only
            String captured = token(MockHttp.EXP, "\"someone-else\"");
            Map<String, String> headers = Map.of("Authorization", captured, "X-AnnexCloud-Site", SITE.siteId(),
                    "Content-Type", "multipart/form-data; boundary=x");

            assertThat(http.send("GET", "/users/" + DemoProgram.DEMO_MEMBER, null, headers).status()).isEqualTo(401);
            assertThat(http.send("DELETE", "/blocklist/anything", null, headers).status()).isEqualTo(401);
            assertThat(http.send("POST", "/users", "--x--", headers).status()).isEqualTo(401);
            assertThat(mock.program().member(DemoProgram.DEMO_MEMBER)).isNotNull();
        }

        @Test
        void aReceiptUploadIsSignedOverItsUserIdField() throws Exception {
            mock = MockHttp.server().seed(Seed.DEMO).start();
            byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};

            int signed = upload(token(MockHttp.EXP, "\"" + DemoProgram.DEMO_MEMBER + "\""), png);
            int otherMember = upload(token(MockHttp.EXP, "\"someone-else\""), png);
            int emptyPayload = upload(token(MockHttp.EXP, ""), png);

            assertThat(signed).isEqualTo(200);
            assertThat(otherMember).isEqualTo(401);
            assertThat(emptyPayload).isEqualTo(401);
        }

        private int upload(String authorization, byte[] file) throws Exception {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes(("--b0\r\nContent-Disposition: form-data; name=\"userId\"\r\n\r\n" + DemoProgram.DEMO_MEMBER
                    + "\r\n--b0\r\nContent-Disposition: form-data; name=\"file\"; filename=\"r.png\"\r\n"
                    + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file);
            body.writeBytes("\r\n--b0--\r\n".getBytes(StandardCharsets.UTF_8));
            HttpRequest request = HttpRequest.newBuilder(URI.create(mock.baseUrl() + "/receipts"))
                    .header("Authorization", authorization)
                    .header("X-AnnexCloud-Site", SITE.siteId())
                    .header("Content-Type", "multipart/form-data; boundary=b0")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                    .build();
            HttpResponse<String> answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            return answer.statusCode();
        }
    }

    @Nested
    class MovedMockClock {

        @Test
        void aFreshTokenFromARealTimeClientStaysValidAfterTheClockMovesThirtyDays() {
            mock = AnnexCloudMockServer.builder().start(); // system clock, as the standalone mock runs
            mock.clock().advance(Duration.ofDays(30));
            long threeMinutesFromNow = Instant.now().getEpochSecond() + 180;

            MockHttp.Answer answer = new MockHttp(mock.baseUrl(), mock.credentials(), threeMinutesFromNow)
                    .get("/users/nobody", "nobody");

            assertThat(answer.status()).as(answer.body()).isEqualTo(404);
        }

        @Test
        void expiryIsJudgedOnTheSigningClockWhateverTheMockClockSays() {
            mock = MockHttp.server().signingClock(MockHttp.CLOCK).start();
            mock.clock().advance(Duration.ofDays(365));

            assertThat(new MockHttp(mock).get("/users/nobody", "nobody").status()).isEqualTo(404);
            long expired = MockHttp.NOW.getEpochSecond() - 1;
            assertThat(new MockHttp(mock.baseUrl(), mock.credentials(), expired).get("/users/nobody", "nobody")
                    .status()).isEqualTo(401);
        }
    }
}
