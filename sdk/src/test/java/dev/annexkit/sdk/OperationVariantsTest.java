package dev.annexkit.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annexkit.sdk.auth.RequestSigner;
import dev.annexkit.sdk.model.IssuanceFullCancelRequest;
import dev.annexkit.sdk.model.IssuancePartialCancelRequest;
import dev.annexkit.sdk.model.IssuanceReturnRequest;
import dev.annexkit.sdk.model.ReceiptSubmission;
import dev.annexkit.sdk.model.ReceiptUploadForm;
import dev.annexkit.sdk.model.ReceiptUrlRequest;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Operations documented with several bodies on one method and path: each variant has its own typed call. */
class OperationVariantsTest {

    private static final String SECRET = "variant-secret";

    private final MockWebServer server = new MockWebServer();
    private AnnexCloudClient client;

    @BeforeEach
    void start() throws IOException {
        server.start();
        client = AnnexCloudClient.builder().baseUrl(server.url("/api/3.0").toString())
                .siteId("12345678").siteName("site").secret(SECRET).build();
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    private void answer(String json) {
        server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(json));
    }

    @Nested
    class SubmitReceipt {

        @Test
        void aFileGoesAsMultipartFormDataSignedOverTheMemberId(@TempDir Path dir) throws Exception {
            File image = Files.write(dir.resolve("bill.jpeg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2}).toFile();
            answer("{\"submissionId\":\"c68d67d1\",\"receiptId\":\"698381745387396\",\"status\":\"Pending\"}");

            ReceiptSubmission submission = client.receipts()
                    .submitReceipt(new ReceiptUploadForm().userId("user25").imageFile(image));

            RecordedRequest request = server.takeRequest();
            String body = request.getBody().readString(StandardCharsets.ISO_8859_1);
            assertThat(request.getPath()).isEqualTo("/api/3.0/receipts");
            assertThat(request.getHeader("Content-Type")).startsWith("multipart/form-data; boundary=");
            assertThat(body).contains("name=\"userId\"", "user25", "name=\"file\"; filename=\"bill.jpeg\"");
            assertThat(hmacClaim(request)).isEqualTo(RequestSigner.hmac("\"user25\"", SECRET));
            assertThat(submission.getStatus().getValue()).isEqualTo("Pending");
        }

        @Test
        void aUrlGoesAsJsonSignedOverTheExactBody() throws Exception {
            answer("{\"submissionId\":\"c68d67d1\",\"status\":\"Pending\"}");

            client.receipts().submitReceipt(new ReceiptUrlRequest().userId("user25")
                    .fileUrl("https://example.com/bill.png"));

            RecordedRequest request = server.takeRequest();
            String body = request.getBody().readUtf8();
            assertThat(request.getHeader("Content-Type")).startsWith("application/json");
            assertThat(body).isEqualTo("{\"userId\":\"user25\",\"file_url\":\"https://example.com/bill.png\"}");
            assertThat(hmacClaim(request)).isEqualTo(RequestSigner.hmac(body, SECRET));
        }
    }

    @Nested
    class UpdateIssuanceStatus {

        @Test
        void aFullCancelSendsOnlyTheOrderIdAndItsStatus() throws Exception {
            answer("{\"orderId\":\"12345\",\"orderStatus\":\"Full Cancel\"}");

            client.issuance().updateIssuanceStatus(new IssuanceFullCancelRequest().orderId("12345"));

            assertThat(server.takeRequest().getBody().readUtf8())
                    .isEqualTo("{\"orderId\":\"12345\",\"orderStatus\":\"Full Cancel\"}");
        }

        @Test
        void aReturnAndAPartialCancelCarryTheirOwnStatus() throws Exception {
            answer("{\"orderId\":\"1\"}");
            answer("{\"orderId\":\"2\"}");

            client.issuance().updateIssuanceStatus(new IssuanceReturnRequest().orderId("1").userId("u"));
            client.issuance().updateIssuanceStatus(new IssuancePartialCancelRequest().orderId("2").userId("u"));

            assertThat(server.takeRequest().getBody().readUtf8()).contains("\"orderStatus\":\"Return\"");
            assertThat(server.takeRequest().getBody().readUtf8()).contains("\"orderStatus\":\"Partial Cancel\"");
        }
    }

    private static String hmacClaim(RecordedRequest request) {
        String token = request.getHeader("Authorization").substring("Bearer ".length());
        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return com.google.gson.JsonParser.parseString(claims).getAsJsonObject().get("hmac").getAsString();
    }
}
