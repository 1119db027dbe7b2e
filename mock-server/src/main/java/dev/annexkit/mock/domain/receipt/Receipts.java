package dev.annexkit.mock.domain.receipt;

import dev.annexkit.mock.domain.action.SystemActions;
import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.error.MissingField;
import dev.annexkit.mock.domain.error.ReceiptAlreadyDecided;
import dev.annexkit.mock.domain.group.GroupPoints;
import dev.annexkit.mock.domain.kernel.CallGuard;
import dev.annexkit.mock.domain.kernel.Page;
import dev.annexkit.mock.domain.kernel.PageRequest;
import dev.annexkit.mock.domain.ledger.LedgerEntry;
import dev.annexkit.mock.domain.ledger.LedgerPostings;
import java.time.Instant;
import java.util.Map;

/**
 * Receipt submissions (POST /receipts) and their verification. A submission starts Pending; the site (in the
 * mock: the admin API or this class) approves it with points, credited once under the manual action 100 with
 * the {@code submissionId} and {@code receiptId} as transaction attributes, or rejects it with a reason.
 * Both outcomes are final. Every call runs under the program lock.
 */
public final class Receipts {

    private final ReceiptContext state;
    private final CallGuard lock;
    private final LedgerPostings postings;
    private final GroupPoints groupDesk;

    public Receipts(ReceiptContext state, CallGuard lock, LedgerPostings postings, GroupPoints groupDesk) {
        this.state = state;
        this.lock = lock;
        this.postings = postings;
        this.groupDesk = groupDesk;
    }

    /** Submits an uploaded image for a member; see {@link ReceiptImage.Upload#of} for the file rules. */
    public Receipt submitFile(String memberId, String fileName, byte[] content) {
        return lock.call(() -> {
            requireMember(memberId);
            return submit(memberId, ReceiptImage.Upload.of(fileName, content));
        });
    }

    /** Submits an image by URL for a member; see {@link ReceiptImage.Link#of} for the URL rules. */
    public Receipt submitUrl(String memberId, String fileUrl) {
        return lock.call(() -> {
            requireMember(memberId);
            return submit(memberId, ReceiptImage.Link.of(fileUrl));
        });
    }

    public Receipt get(String submissionId) {
        return lock.call(() -> state.receipts().get(submissionId));
    }

    /** The member's submissions, newest first. */
    public Page<Receipt> forMember(String memberId, PageRequest page) {
        return lock.call(() -> {
            state.members().get(memberId);
            return Page.of(state.receipts().forMember(memberId), page);
        });
    }

    /** Approves a Pending receipt and credits {@code points} to its member, once. */
    public Receipt approve(String submissionId, long points) {
        return lock.call(() -> {
            Receipt receipt = decidable(submissionId, ReceiptStatus.POINTS_AWARDED);
            if (points <= 0) {
                throw new InvalidField("points", "must be a positive number of points, was " + points);
            }
            Instant now = state.now();
            LedgerEntry credit = postings.credit(state.ledger(), receipt.memberId(), SystemActions.MANUAL, points,
                    "Receipt " + receipt.receiptId() + " approved",
                    Map.of("submissionId", receipt.submissionId(), "receiptId", receipt.receiptId()), now);
            groupDesk.rollUp(credit);
            Receipt approved = receipt.approved(points, credit.entryId(), now);
            state.receipts().save(approved);
            return approved;
        });
    }

    /** Rejects a Pending receipt; nothing is credited. */
    public Receipt reject(String submissionId, String reason) {
        return lock.call(() -> {
            Receipt receipt = decidable(submissionId, ReceiptStatus.REJECTED);
            if (reason == null || reason.isBlank()) {
                throw new MissingField("reason");
            }
            Receipt rejected = receipt.rejected(reason.trim(), state.now());
            state.receipts().save(rejected);
            return rejected;
        });
    }

    private Receipt decidable(String submissionId, ReceiptStatus target) {
        Receipt receipt = state.receipts().get(submissionId);
        if (!receipt.status().canMoveTo(target)) {
            throw new ReceiptAlreadyDecided(submissionId, receipt.status().displayName());
        }
        return receipt;
    }

    private void requireMember(String memberId) {
        if (memberId == null || memberId.isBlank()) {
            throw new MissingField("userId");
        }
        state.members().get(memberId);
    }

    private Receipt submit(String memberId, ReceiptImage image) {
        Receipt receipt = Receipt.pending(state.nextId(), state.receipts().nextReceiptId(), memberId, image,
                state.now());
        state.receipts().save(receipt);
        return receipt;
    }
}
