package dev.annexkit.mock.domain.error;

/** The request names a member other than the one the issuance was recorded for. */
public final class IssuanceMemberMismatch extends DomainException {

    public IssuanceMemberMismatch(String message) {
        super(message);
    }
}
