package dev.annexkit.mock.domain.error;

/** The customId was already used with the same action for this member; Annex Cloud treats it as an idempotency key. */
public final class DuplicateTransaction extends DomainException {

    public DuplicateTransaction(String memberId, int actionId, String customId) {
        super("Duplicate transaction: customId " + customId + " already used with action " + actionId
                + " for member " + memberId);
    }
}
