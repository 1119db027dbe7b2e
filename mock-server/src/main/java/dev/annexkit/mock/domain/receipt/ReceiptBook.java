package dev.annexkit.mock.domain.receipt;

import dev.annexkit.mock.domain.error.ReceiptNotFound;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every receipt submission, in submission order. Guarded by the program lock. */
public final class ReceiptBook {

    private final Map<String, Receipt> bySubmission = new LinkedHashMap<>();
    private long receiptCounter = 698_381_745_387_000L;

    public void save(Receipt receipt) {
        bySubmission.put(receipt.submissionId(), receipt);
    }

    public Receipt get(String submissionId) {
        Receipt receipt = bySubmission.get(submissionId);
        if (receipt == null) {
            throw new ReceiptNotFound(submissionId);
        }
        return receipt;
    }

    /** The last receipt number handed out (part of the saved state, so numbers never repeat). */
    public long receiptCounter() {
        return receiptCounter;
    }

    /** Continues numbering after {@code last} (restoring a saved state). */
    public void resumeReceiptCounter(long last) {
        receiptCounter = last;
    }

    /** The next receipt number, a numeric string like Annex Cloud's. */
    public String nextReceiptId() {
        return Long.toString(++receiptCounter);
    }

    /** A member's submissions, newest first. */
    public List<Receipt> forMember(String memberId) {
        List<Receipt> mine = new ArrayList<>();
        for (Receipt r : bySubmission.values()) {
            if (r.memberId().equals(memberId)) {
                mine.add(r);
            }
        }
        Collections.reverse(mine);
        return mine;
    }

    /** Every submission, by submission id (for the state export). */
    public List<Receipt> all() {
        return bySubmission.values().stream().sorted(java.util.Comparator.comparing(Receipt::submissionId)).toList();
    }
}
