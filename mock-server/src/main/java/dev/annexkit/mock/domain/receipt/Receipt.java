package dev.annexkit.mock.domain.receipt;

import java.time.Instant;
import java.util.Objects;

/**
 * One receipt submission and its verification outcome.
 *
 * @param receiptId       numeric string, as Annex Cloud shows it
 * @param pointsAwarded   0 until approved
 * @param creditEntryId   the ledger credit of the approval, else null
 * @param rejectionReason why it was rejected, else null
 */
public record Receipt(String submissionId, String receiptId, String memberId, ReceiptImage image,
                      ReceiptStatus status, long pointsAwarded, String creditEntryId, String rejectionReason,
                      Instant uploadedAt, Instant decidedAt) {

    public Receipt {
        Objects.requireNonNull(submissionId, "submissionId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(status, "status");
    }

    /** A new submission, Pending. */
    public static Receipt pending(String submissionId, String receiptId, String memberId, ReceiptImage image,
                                  Instant now) {
        return new Receipt(submissionId, receiptId, memberId, image, ReceiptStatus.PENDING, 0, null, null, now, null);
    }

    public Receipt approved(long points, String entryId, Instant now) {
        return new Receipt(submissionId, receiptId, memberId, image, ReceiptStatus.POINTS_AWARDED, points, entryId,
                null, uploadedAt, now);
    }

    public Receipt rejected(String reason, Instant now) {
        return new Receipt(submissionId, receiptId, memberId, image, ReceiptStatus.REJECTED, 0, null, reason,
                uploadedAt, now);
    }
}
