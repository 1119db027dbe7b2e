package dev.annexkit.mock.domain.error;

/** A receipt was already approved or rejected; its outcome is final, so points are credited at most once. */
public final class ReceiptAlreadyDecided extends DomainException {

    public ReceiptAlreadyDecided(String submissionId, String status) {
        super("Receipt submission " + submissionId + " is already " + status + " and cannot be decided again");
    }
}
