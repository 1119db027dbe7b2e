package dev.annexkit.mock.domain.error;

/** The issuance is fully returned or cancelled: nothing about it can change any more. */
public final class IssuanceClosed extends DomainException {

    public IssuanceClosed(String message) {
        super(message);
    }
}
