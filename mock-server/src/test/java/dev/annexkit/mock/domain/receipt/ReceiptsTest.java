package dev.annexkit.mock.domain.receipt;

import static dev.annexkit.mock.domain.LedgerInvariant.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annexkit.mock.domain.kernel.Ids;
import dev.annexkit.mock.domain.LoyaltyProgram;
import dev.annexkit.mock.domain.kernel.ManualClock;
import dev.annexkit.mock.domain.kernel.PageRequest;
import dev.annexkit.mock.domain.ProgramSettings;
import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.error.MemberNotFound;
import dev.annexkit.mock.domain.error.MissingField;
import dev.annexkit.mock.domain.error.ReceiptAlreadyDecided;
import dev.annexkit.mock.domain.error.ReceiptNotFound;
import dev.annexkit.mock.domain.ledger.LedgerEntry;
import dev.annexkit.mock.domain.member.NewMember;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReceiptsTest {

    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    static final byte[] HEIC = {0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0};

    private final ManualClock clock = new ManualClock(Instant.parse("2025-04-23T12:12:57Z"));
    private final LoyaltyProgram program = new LoyaltyProgram(clock, Ids.sequential(), ProgramSettings.noExpiry());
    private final Receipts receipts = program.receipts();

    ReceiptsTest() {
        program.enroll(NewMember.of("ada", null));
    }

    @Nested
    class Submit {

        @Test
        void anUploadedJpegPngOrHeicStartsPendingWithoutPoints() {
            Receipt jpeg = receipts.submitFile("ada", "bill.bin", JPEG);
            Receipt png = receipts.submitFile("ada", null, PNG);
            Receipt heic = receipts.submitFile("ada", "x", HEIC);

            assertThat(jpeg.status()).isEqualTo(ReceiptStatus.PENDING);
            assertThat(jpeg.pointsAwarded()).isZero();
            assertThat(jpeg.image().format()).isEqualTo(ImageFormat.JPEG);
            assertThat(png.image().format()).isEqualTo(ImageFormat.PNG);
            assertThat(heic.image().format()).isEqualTo(ImageFormat.HEIC);
            assertThat(jpeg.receiptId()).matches("\\d+").isNotEqualTo(png.receiptId());
            assertThat(member(program, "ada").lifetime()).isZero();
        }

        @Test
        void unrecognisedContentFallsBackToTheExtension() {
            assertThat(receipts.submitFile("ada", "Receipt.HEIC", new byte[] {1, 2, 3}).image().format())
                    .isEqualTo(ImageFormat.HEIC);
        }

        @Test
        void aFileThatIsNoImageIsRefusedNamingTheFileField() {
            assertThatThrownBy(() -> receipts.submitFile("ada", "notes.pdf", "%PDF-1.7".getBytes()))
                    .isInstanceOf(InvalidField.class).hasMessageContaining("file").hasMessageContaining("notes.pdf");
            assertThatThrownBy(() -> receipts.submitFile("ada", "a.png", new byte[0]))
                    .isInstanceOf(MissingField.class).hasMessageContaining("file");
            assertThat(receipts.forMember("ada", PageRequest.first()).total()).isZero();
        }

        @Test
        void aFileOverTenMegabytesIsRefused() {
            byte[] big = Arrays.copyOf(JPEG, 10 * 1024 * 1024 + 1);
            assertThatThrownBy(() -> receipts.submitFile("ada", "big.jpg", big))
                    .isInstanceOf(InvalidField.class).hasMessageContaining("file").hasMessageContaining("10 MB");
            assertThat(receipts.submitFile("ada", "max.jpg", Arrays.copyOf(JPEG, 10 * 1024 * 1024)).status())
                    .isEqualTo(ReceiptStatus.PENDING);
        }

        @Test
        void aUrlMustBeHttpAndEndInAnImageExtension() {
            assertThat(receipts.submitUrl("ada", "https://i.example.com/a/working752.jpg").image().format())
                    .isEqualTo(ImageFormat.JPEG);
            assertThat(receipts.submitUrl("ada", "https://i.example.com/b.PNG?size=full").image().format())
                    .isEqualTo(ImageFormat.PNG);
            assertThatThrownBy(() -> receipts.submitUrl("ada", "https://i.example.com/b.gif"))
                    .isInstanceOf(InvalidField.class).hasMessageContaining("file_url");
            assertThatThrownBy(() -> receipts.submitUrl("ada", "ftp://i.example.com/b.png"))
                    .isInstanceOf(InvalidField.class).hasMessageContaining("file_url");
            assertThatThrownBy(() -> receipts.submitUrl("ada", " "))
                    .isInstanceOf(MissingField.class).hasMessageContaining("file_url");
        }

        @Test
        void anUnknownMemberIsNotFound() {
            assertThatThrownBy(() -> receipts.submitUrl("nobody", "https://x.com/a.png"))
                    .isInstanceOf(MemberNotFound.class);
            assertThatThrownBy(() -> receipts.submitFile(null, "a.png", PNG))
                    .isInstanceOf(MissingField.class).hasMessageContaining("userId");
        }
    }

    @Nested
    class Decide {

        @Test
        void approvalCreditsThePointsOnceWithTheSubmissionOnTheEntry() {
            Receipt r = receipts.submitUrl("ada", "https://x.com/a.png");
            clock.advance(Duration.ofHours(2));

            Receipt approved = receipts.approve(r.submissionId(), 10);

            assertThat(approved.status()).isEqualTo(ReceiptStatus.POINTS_AWARDED);
            assertThat(approved.pointsAwarded()).isEqualTo(10);
            assertThat(receipts.get(r.submissionId())).isEqualTo(approved);
            assertThat(member(program, "ada").available()).isEqualTo(10);
            LedgerEntry credit = program.activity("ada", PageRequest.first()).items().get(0);
            assertThat(credit.entryId()).isEqualTo(approved.creditEntryId());
            assertThat(credit.attributes()).containsEntry("submissionId", r.submissionId())
                    .containsEntry("receiptId", r.receiptId());
        }

        @Test
        void aSecondApprovalIsRefusedAndCreditsNothing() {
            Receipt r = receipts.submitUrl("ada", "https://x.com/a.png");
            receipts.approve(r.submissionId(), 10);

            assertThatThrownBy(() -> receipts.approve(r.submissionId(), 10))
                    .isInstanceOf(ReceiptAlreadyDecided.class).hasMessageContaining(r.submissionId());
            assertThatThrownBy(() -> receipts.reject(r.submissionId(), "late"))
                    .isInstanceOf(ReceiptAlreadyDecided.class);
            assertThat(member(program, "ada").lifetime()).isEqualTo(10);
        }

        @Test
        void rejectionKeepsTheReasonCreditsNothingAndIsFinal() {
            Receipt r = receipts.submitUrl("ada", "https://x.com/a.png");

            Receipt rejected = receipts.reject(r.submissionId(), "Blurry image");

            assertThat(rejected.status()).isEqualTo(ReceiptStatus.REJECTED);
            assertThat(rejected.rejectionReason()).isEqualTo("Blurry image");
            assertThatThrownBy(() -> receipts.approve(r.submissionId(), 5)).isInstanceOf(ReceiptAlreadyDecided.class);
            assertThat(member(program, "ada").lifetime()).isZero();
        }

        @Test
        void approvalNeedsPositivePointsAndRejectionAReason() {
            Receipt r = receipts.submitUrl("ada", "https://x.com/a.png");
            assertThatThrownBy(() -> receipts.approve(r.submissionId(), 0))
                    .isInstanceOf(InvalidField.class).hasMessageContaining("points");
            assertThatThrownBy(() -> receipts.reject(r.submissionId(), ""))
                    .isInstanceOf(MissingField.class).hasMessageContaining("reason");
            assertThat(receipts.get(r.submissionId()).status()).isEqualTo(ReceiptStatus.PENDING);
            member(program, "ada");
        }

        @Test
        void anUnknownSubmissionIsNotFound() {
            assertThatThrownBy(() -> receipts.get("nope")).isInstanceOf(ReceiptNotFound.class);
            assertThatThrownBy(() -> receipts.approve("nope", 5)).isInstanceOf(ReceiptNotFound.class);
        }
    }

    @Nested
    class List {

        @Test
        void aMembersSubmissionsComeNewestFirstInPages() {
            program.enroll(NewMember.of("bob", null));
            Receipt first = receipts.submitUrl("ada", "https://x.com/1.png");
            receipts.submitUrl("bob", "https://x.com/b.png");
            Receipt second = receipts.submitUrl("ada", "https://x.com/2.png");

            var page = receipts.forMember("ada", PageRequest.of(1, 1));

            assertThat(page.total()).isEqualTo(2);
            assertThat(page.pages()).isEqualTo(2);
            assertThat(page.items()).extracting(Receipt::submissionId).containsExactly(second.submissionId());
            assertThat(receipts.forMember("ada", PageRequest.of(2, 1)).items())
                    .extracting(Receipt::submissionId).containsExactly(first.submissionId());
            assertThatThrownBy(() -> receipts.forMember("nobody", PageRequest.first()))
                    .isInstanceOf(MemberNotFound.class);
        }
    }
}
