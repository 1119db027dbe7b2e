package dev.annexkit.mock.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A credit held until released (no release date yet), and voids that take points back from one credit. */
class PendingHoldTest {

    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    private static LedgerEntry pending(String id, long points) {
        return new LedgerEntry(id, "m", 109, Activity.CREDIT, points, null, null, null, "O1", null, null, null, T0,
                null, null, Map.of(), null, true);
    }

    private static LedgerEntry released(String id, long points, Instant at, Instant releaseAt) {
        return new LedgerEntry(id, "m", 109, Activity.CREDIT, points, null, null, null, "O1", null, null, null, at,
                null, releaseAt, Map.of(), null);
    }

    private static LedgerEntry voidOf(String id, String creditId, long points, Instant at) {
        return new LedgerEntry(id, "m", 109, Activity.DEBIT, points, null, null, null, "O1", null, null, null, at,
                null, null, Map.of(), creditId);
    }

    @Test
    void aPendingCreditStaysOnHoldForeverUntilSettled() {
        LotReplay.Result r = LotReplay.replay(List.of(pending("p", 140)), T0.plusSeconds(365L * 86_400));
        assertThat(r.balance()).isEqualTo(new PointBalance(0, 0, 0, 140, 140, 0));
        assertThat(r.balance().isConsistent()).isTrue();
    }

    @Test
    void aVoidLowersLifetimeAndHoldNotUsage() {
        LotReplay.Result r = LotReplay.replay(List.of(pending("p", 140), voidOf("v", "p", 10, T0)), T0);
        assertThat(r.balance()).isEqualTo(new PointBalance(0, 0, 0, 130, 130, 0));
    }

    @Test
    void settlingMovesPointsFromThePendingCreditToATimedHold() {
        Instant ship = T0.plusSeconds(100);
        Instant release = ship.plusSeconds(2 * 86_400);
        List<LedgerEntry> entries = List.of(pending("p", 140), voidOf("v", "p", 140, ship),
                released("r", 140, ship, release));

        assertThat(LotReplay.replay(entries, ship).balance()).isEqualTo(new PointBalance(0, 0, 0, 140, 140, 0));
        assertThat(LotReplay.replay(entries, release).balance()).isEqualTo(new PointBalance(140, 0, 0, 140, 0, 0));
    }

    @Test
    void aVoidCannotTakeMoreThanIsLeftOfItsCredit() {
        PointsLedger ledger = new PointsLedger();
        ledger.append(pending("p", 10));
        assertThatThrownBy(() -> ledger.append(voidOf("v", "p", 11, T0))).isInstanceOf(IllegalStateException.class);
        assertThat(ledger.remainingOf("m", "p", T0)).isEqualTo(10);
    }

    @Test
    void aPendingCreditStaysOnHoldWhenAMergeMovesItToAnotherMember() {
        PointsLedger ledger = new PointsLedger();
        ledger.append(pending("p", 140));

        ledger.moveAll("m", "n");

        assertThat(ledger.balance("n", T0.plusSeconds(365L * 86_400)))
                .isEqualTo(new PointBalance(0, 0, 0, 140, 140, 0));
    }

    @Test
    void aPendingCreditCannotCarryAReleaseDate() {
        assertThatThrownBy(() -> new LedgerEntry("x", "m", 109, Activity.CREDIT, 1, null, null, null, null, null,
                null, null, T0, null, T0, Map.of(), null, true)).isInstanceOf(IllegalArgumentException.class);
    }
}
