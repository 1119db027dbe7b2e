package dev.annexkit.sdk.acceptance;

import static dev.annexkit.sdk.acceptance.ApiErrors.assertApiError;
import static dev.annexkit.sdk.acceptance.LedgerAssertions.balancedBalance;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.Seed;
import dev.annexkit.mock.junit.AnnexCloudMock;
import dev.annexkit.sdk.AnnexCloudClient;
import dev.annexkit.sdk.errors.InvalidRequestException;
import dev.annexkit.sdk.errors.NotFoundException;
import dev.annexkit.sdk.model.MemberCreateRequest;
import dev.annexkit.sdk.model.PointBalance;
import dev.annexkit.sdk.model.Receipt;
import dev.annexkit.sdk.model.ReceiptList;
import dev.annexkit.sdk.model.ReceiptStatus;
import dev.annexkit.sdk.model.ReceiptSubmission;
import dev.annexkit.sdk.model.ReceiptUploadForm;
import dev.annexkit.sdk.model.ReceiptUrlRequest;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@AnnexCloudMock(seed = Seed.DEMO)
class ReceiptAcceptanceTest {

    static final String ADA = "ada@example.com";
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};

    static void enrol(AnnexCloudClient client) {
        client.users().createMember(new MemberCreateRequest().id(ADA).email(ADA));
    }

    static ReceiptSubmission byUrl(AnnexCloudClient client, String url) {
        return client.receipts().submitReceipt(new ReceiptUrlRequest().userId(ADA).fileUrl(url));
    }

    @Nested
    class SubmitReceipt {

        @Test
        void anUploadedImageStartsPendingWithoutPoints(AnnexCloudClient client, @TempDir Path dir) throws Exception {
            enrol(client);
            File image = Files.write(dir.resolve("bill.jpeg"), JPEG).toFile();

            ReceiptSubmission submitted = client.receipts()
                    .submitReceipt(new ReceiptUploadForm().userId(ADA).imageFile(image));

            assertThat(submitted.getStatus()).isEqualTo(ReceiptStatus.PENDING);
            assertThat(submitted.getReceiptId()).matches("\\d+");
            Receipt read = client.receipts().getReceipt(submitted.getSubmissionId());
            assertThat(read.getUserId()).isEqualTo(ADA);
            assertThat(read.getPointsAwarded()).isZero();
            assertThat(read.getUploadDate()).isEqualTo("2025-01-01 00:00:00");
            assertThat(balancedBalance(client, ADA).getLifetimePoints()).isZero();
        }

        @Test
        void aFileThatIsNoImageIsABadRequestNamingFile(AnnexCloudClient client, @TempDir Path dir) throws Exception {
            enrol(client);
            File pdf = Files.write(dir.resolve("bill.pdf"), "%PDF-1.7".getBytes()).toFile();

            InvalidRequestException e = assertApiError(InvalidRequestException.class, 400, "AC1004",
                    () -> client.receipts().submitReceipt(new ReceiptUploadForm().userId(ADA).imageFile(pdf)));

            assertThat(e.errorMessage()).contains("file");
            assertThat(client.receipts().listMemberReceipts(ADA).getTotal()).isZero();
        }

        @Test
        void aFileOverTenMegabytesIsABadRequest(AnnexCloudClient client, @TempDir Path dir) throws Exception {
            enrol(client);
            byte[] big = java.util.Arrays.copyOf(JPEG, 10 * 1024 * 1024 + 1);
            File image = Files.write(dir.resolve("big.jpg"), big).toFile();

            InvalidRequestException e = assertApiError(InvalidRequestException.class, 400, "AC1004",
                    () -> client.receipts().submitReceipt(new ReceiptUploadForm().userId(ADA).imageFile(image)));

            assertThat(e.errorMessage()).contains("file", "10 MB");
        }

        @Test
        void aUrlMustEndInAnImageExtension(AnnexCloudClient client) {
            enrol(client);

            assertThat(byUrl(client, "https://i.postimg.cc/2jnCbcYy/working752.jpg").getStatus())
                    .isEqualTo(ReceiptStatus.PENDING);
            InvalidRequestException e = assertApiError(InvalidRequestException.class, 400, "AC1004",
                    () -> byUrl(client, "https://example.com/receipt.gif"));
            assertThat(e.errorMessage()).contains("file_url");
        }

        @Test
        void anUnknownMemberIsNotFound(AnnexCloudClient client) {
            assertApiError(NotFoundException.class, 404, "AC1005",
                    () -> client.receipts().submitReceipt(new ReceiptUrlRequest().userId("nobody")
                            .fileUrl("https://example.com/r.png")));
        }
    }

    @Nested
    class Verification {

        @Test
        void approvalCreditsThePointsOnceAndShowsInReadsAndTheList(AnnexCloudClient client,
                                                                    AnnexCloudMockServer mock) {
            enrol(client);
            ReceiptSubmission older = byUrl(client, "https://example.com/1.png");
            ReceiptSubmission newer = byUrl(client, "https://example.com/2.heic");

            mock.program().receipts().approve(older.getSubmissionId(), 10);

            Receipt approved = client.receipts().getReceipt(older.getSubmissionId());
            assertThat(approved.getStatus()).isEqualTo(ReceiptStatus.POINTS_AWARDED);
            assertThat(approved.getPointsAwarded()).isEqualTo(10L);
            ReceiptList list = client.receipts().listMemberReceipts(ADA);
            assertThat(list.getTotal()).isEqualTo(2);
            assertThat(list.getReceipts()).extracting(Receipt::getSubmissionId)
                    .containsExactly(newer.getSubmissionId(), older.getSubmissionId());
            assertThat(list.getReceipts()).extracting(Receipt::getStatus)
                    .containsExactly(ReceiptStatus.PENDING, ReceiptStatus.POINTS_AWARDED);
            PointBalance balance = balancedBalance(client, ADA);
            assertThat(balance.getAvailablePoints()).isEqualTo(10L);
        }

        @Test
        void theAdminApiApprovesOnceAndRejectsWithAReason(AnnexCloudClient client, AnnexCloudMockServer mock)
                throws Exception {
            enrol(client);
            ReceiptSubmission a = byUrl(client, "https://example.com/a.png");
            ReceiptSubmission b = byUrl(client, "https://example.com/b.png");

            assertThat(admin(mock, "/receipts/" + a.getSubmissionId() + "/approve", "{\"points\":40}").statusCode())
                    .isEqualTo(200);
            HttpResponse<String> again = admin(mock, "/receipts/" + a.getSubmissionId() + "/approve", "{\"points\":40}");
            HttpResponse<String> rejected = admin(mock, "/receipts/" + b.getSubmissionId() + "/reject",
                    "{\"reason\":\"Store not in the programme\"}");

            assertThat(again.statusCode()).isEqualTo(400);
            assertThat(again.body()).contains("AC1040");
            assertThat(rejected.statusCode()).isEqualTo(200);
            Receipt readB = client.receipts().getReceipt(b.getSubmissionId());
            assertThat(readB.getStatus()).isEqualTo(ReceiptStatus.REJECTED);
            assertThat(readB.getRejectionReason()).isEqualTo("Store not in the programme");
            assertThat(balancedBalance(client, ADA).getLifetimePoints()).isEqualTo(40L);
        }

        @Test
        void anUnknownSubmissionIsNotFound(AnnexCloudClient client) {
            assertApiError(NotFoundException.class, 404, "AC1005", () -> client.receipts().getReceipt("nope"));
        }
    }

    private static HttpResponse<String> admin(AnnexCloudMockServer mock, String path, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + mock.port() + "/__admin/annexkit" + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
