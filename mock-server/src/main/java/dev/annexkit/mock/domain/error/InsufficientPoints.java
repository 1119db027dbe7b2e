package dev.annexkit.mock.domain.error;

/** A debit asked for more points than the member has available (held and expired points are not spendable). */
public final class InsufficientPoints extends DomainException {

    private final String memberId;
    private final long requested;
    private final long available;

    public InsufficientPoints(String memberId, long requested, long available) {
        super("Member " + memberId + " has " + available + " available points, " + requested + " requested");
        this.memberId = memberId;
        this.requested = requested;
        this.available = available;
    }

    public String memberId() {
        return memberId;
    }

    public long requested() {
        return requested;
    }

    public long available() {
        return available;
    }
}
