package dev.annexkit.mock.domain.error;

/** No receipt submission has the given id. */
public final class ReceiptNotFound extends DomainException {

    public ReceiptNotFound(String submissionId) {
        super("Receipt submission not found: " + submissionId);
    }
}
