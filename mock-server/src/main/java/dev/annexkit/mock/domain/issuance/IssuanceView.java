package dev.annexkit.mock.domain.issuance;

/**
 * An issuance as answered: the points it currently grants released ({@code pointsAwarded}) and on hold, and
 * the points the last change took from the member's balance.
 */
public record IssuanceView(Issuance issuance, long pointsAwarded, long pointsOnHold) {

    public static IssuanceView of(Issuance issuance) {
        boolean held = issuance.state() == IssuanceState.HELD;
        return new IssuanceView(issuance, held ? 0 : issuance.granted(), held ? issuance.granted() : 0);
    }
}
