package dev.annexkit.mock.domain.error;

/** A return or cancel asks for more points (or product units) than the issuance still grants (or recorded). */
public final class IssuanceReversalExceeded extends DomainException {

    public IssuanceReversalExceeded(String message) {
        super(message);
    }
}
