package dev.annexkit.mock.wiremock.guard;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.MockHttp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Unauthenticated bodies cannot exhaust the mock: size caps before buffering, gzip capped after inflation. */
class RequestLimitsTest {

    private AnnexCloudMockServer mock;

    @BeforeEach
    void start() {
        mock = MockHttp.server().start();
    }

    @AfterEach
    void stop() {
        mock.stop();
    }

    private String head(String method, String path, String headers) {
        return method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + mock.port() + "\r\n" + headers;
    }

    private static void assertTooLarge(RawHttp.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(413);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        assertThat(answer.body()).contains("\"errorCode\":\"AC1004\"", "larger than");
    }

    @Nested
    class DeclaredBodies {

        /** Jetty hands a request on once its first body bytes are in: send those, never the rest. */
        private final byte[] firstKilobyte = new byte[1024];

        @Test
        void aJsonBodyOverOneMebibyteIsRefusedBeforeItIsSent() {
            // only the first kilobyte is ever sent: the answer can only come from the declared length
            RawHttp.Answer answer = RawHttp.exchange(mock.port(), head("POST", "/api/3.0/users",
                    "Content-Type: application/json\r\nContent-Length: " + (ServerLimits.DEFAULT_MAX_JSON_BODY + 1)
                            + "\r\n"), firstKilobyte);

            assertTooLarge(answer);
            assertThat(mock.wireMock().getAllServeEvents()).isEmpty();
        }

        @Test
        void anUploadMayCarryATenMegabyteReceiptButNotFiftyMegabytes() {
            byte[] tenMegabytes = new byte[10_000_000];
            byte[] body = multipart("m1", tenMegabytes);
            RawHttp.Answer receipt = RawHttp.exchange(mock.port(), head("POST", "/api/3.0/receipts",
                    "Content-Type: multipart/form-data; boundary=XyZ\r\nContent-Length: " + body.length + "\r\n"), body);
            RawHttp.Answer huge = RawHttp.exchange(mock.port(), head("POST", "/api/3.0/receipts",
                    "Content-Type: multipart/form-data; boundary=XyZ\r\nContent-Length: 52428800\r\n"), firstKilobyte);

            assertThat(receipt.status()).as("unsigned, but not too large").isEqualTo(401);
            assertTooLarge(huge);
        }

        @Test
        void theAdminApiHasTheSameCap() {
            RawHttp.Answer answer = RawHttp.exchange(mock.port(), head("POST", "/__admin/annexkit/seed",
                    "Content-Type: application/json\r\nContent-Length: 5000000\r\n"), firstKilobyte);
            assertTooLarge(answer);
        }
    }

    @Nested
    class UndeclaredBodies {

        @Test
        void aChunkedBodyIsCutOffAtTheCap() {
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) ' ');
            ByteArrayOutputStream chunked = new ByteArrayOutputStream();
            for (int i = 0; i < 24; i++) { // 1.5 MiB of JSON whitespace
                chunked.writeBytes((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                chunked.writeBytes(chunk);
                chunked.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            chunked.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));

            RawHttp.Answer answer = RawHttp.exchange(mock.port(), head("POST", "/api/3.0/users",
                    "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n"), chunked.toByteArray());

            assertTooLarge(answer);
        }

        @Test
        void aGzipBombIsCutOffAfterInflatingToTheCapNotToItsFullSize() throws IOException {
            byte[] bomb = gzip(new byte[64 << 20]); // 64 MiB of zeros in about 64 KB
            assertThat(bomb.length).isLessThan(200_000);

            RawHttp.Answer answer = RawHttp.exchange(mock.port(), head("POST", "/api/3.0/users",
                    "Content-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: " + bomb.length
                            + "\r\n"), bomb);

            assertTooLarge(answer);
            assertThat(mock.wireMock().getAllServeEvents()).isEmpty();
        }

        @Test
        void aSmallGzipBodyStillReachesTheApiInflated() throws IOException {
            String json = "{\"id\":\"ada@example.com\",\"email\":\"ada@example.com\"}";
            byte[] body = gzip(json.getBytes(StandardCharsets.UTF_8));
            StringBuilder headers = new StringBuilder();
            new MockHttp(mock).signedBodyHeaders("POST", json)
                    .forEach((name, value) -> headers.append(name).append(": ").append(value).append("\r\n"));
            RawHttp.Answer answer = RawHttp.exchange(mock.port(), head("POST", "/api/3.0/users",
                    headers + "Content-Encoding: gzip\r\nContent-Length: " + body.length + "\r\n"), body);

            assertThat(answer.status()).as(answer.body()).isEqualTo(200); // signed over the inflated body
            ServeEvent seen = mock.wireMock().getAllServeEvents().get(0);
            assertThat(seen.getRequest().getBodyAsString()).isEqualTo(json);
        }
    }

    @Nested
    class Journal {

        @Test
        void anUnauthenticatedBodyIsNotKeptASignedOneIs() {
            String big = "{\"id\":\"" + "x".repeat(500_000) + "\"}";
            MockHttp http = new MockHttp(mock);
            assertThat(http.send("POST", "/users", big, java.util.Map.of("Content-Type", "application/json"))
                    .status()).isEqualTo(401);
            String small = "{\"id\":\"ada@example.com\",\"email\":\"ada@example.com\"}";
            assertThat(http.post("/users", small).status()).isEqualTo(200);

            java.util.List<ServeEvent> events = mock.wireMock().getAllServeEvents(); // newest first
            assertThat(events).hasSize(2);
            assertThat(events.get(0).getRequest().getBodyAsString()).isEqualTo(small);
            assertThat(events.get(1).getRequest().getBody()).isEmpty();
            assertThat(events.get(1).getRequest().getHeader(LeanJournal.MARK)).contains("dropped");
            assertThat(events.get(1).getResponse().getStatus()).isEqualTo(401);
        }
    }

    static byte[] multipart(String userId, byte[] file) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--XyZ\r\nContent-Disposition: form-data; name=\"userId\"\r\n\r\n" + userId + "\r\n"
                + "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"r.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes("\r\n--XyZ--\r\n".getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(data);
        }
        return out.toByteArray();
    }
}
