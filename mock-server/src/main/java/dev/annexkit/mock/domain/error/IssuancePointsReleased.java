package dev.annexkit.mock.domain.error;

/** The issuance's points are released already: they cannot be put back on hold. */
public final class IssuancePointsReleased extends DomainException {

    public IssuancePointsReleased(String message) {
        super(message);
    }
}
