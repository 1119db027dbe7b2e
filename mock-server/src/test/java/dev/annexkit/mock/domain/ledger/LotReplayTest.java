package dev.annexkit.mock.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LotReplayTest {

    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    private static LedgerEntry credit(String id, long points, Instant at, Instant expires, Instant release) {
        return new LedgerEntry(id, "m", 100, Activity.CREDIT, points, null, null, null, null, null, null, null, at,
                expires, release, Map.of(), null);
    }

    private static LedgerEntry debit(String id, long points, Instant at, String rewardId) {
        return new LedgerEntry(id, "m", 100, Activity.DEBIT, points, null, rewardId, null, null, null, null, null,
                at, null, null, Map.of(), null);
    }

    private static LedgerEntry refund(String id, long points, Instant at, String reverses) {
        return new LedgerEntry(id, "m", 107, Activity.CREDIT, points, null, null, null, null, null, null, null, at,
                null, null, Map.of(), reverses);
    }

    @Test
    void neverExpiringLotsAreSpentAfterExpiringOnes() {
        List<LedgerEntry> entries = List.of(
                credit("forever", 100, T0, null, null),
                credit("soon", 100, T0.plusSeconds(1), T0.plusSeconds(100), null),
                debit("d", 100, T0.plusSeconds(2), null));

        LotReplay.Result r = LotReplay.replay(entries, T0.plusSeconds(200));

        assertThat(r.lots()).extracting(Lot::remaining).containsExactly(100L, 0L);
        assertThat(r.balance()).isEqualTo(new PointBalance(100, 100, 0, 200, 0, 0));
    }

    @Test
    void heldLotsAreSkippedByDebitsUntilReleased() {
        List<LedgerEntry> entries = List.of(
                credit("held", 50, T0, null, T0.plusSeconds(10)),
                credit("free", 50, T0, null, null),
                debit("d", 50, T0.plusSeconds(1), null));

        LotReplay.Result r = LotReplay.replay(entries, T0.plusSeconds(5));

        assertThat(r.balance()).isEqualTo(new PointBalance(0, 50, 0, 100, 50, 0));
        assertThat(r.lots().get(0).state()).isEqualTo(Lot.State.ON_HOLD);
    }

    @Test
    void expiryWinsOverHold() {
        LotReplay.Result r = LotReplay.replay(
                List.of(credit("c", 10, T0, T0.plusSeconds(5), T0.plusSeconds(10))), T0.plusSeconds(6));

        assertThat(r.balance()).isEqualTo(new PointBalance(0, 0, 10, 10, 0, 0));
    }

    @Test
    void refundsUndoUsageWithoutAddingLifetimePoints() {
        List<LedgerEntry> entries = List.of(
                credit("c", 500, T0, null, null),
                debit("d", 300, T0.plusSeconds(1), "REWARD"),
                refund("r", 300, T0.plusSeconds(2), "d"));

        PointBalance b = LotReplay.replay(entries, T0.plusSeconds(3)).balance();

        assertThat(b).isEqualTo(new PointBalance(500, 0, 0, 500, 0, 0));
        assertThat(b.isConsistent()).isTrue();
    }

    @Test
    void usedOnRewardsCountsOnlyRewardDebits() {
        List<LedgerEntry> entries = List.of(
                credit("c", 500, T0, null, null),
                debit("d1", 100, T0, "R"),
                debit("d2", 50, T0, null));

        assertThat(LotReplay.replay(entries, T0).balance().usedOnRewards()).isEqualTo(100);
    }

    @Test
    void anOverdrawingLedgerIsReportedAsCorrupt() {
        assertThatThrownBy(() -> LotReplay.replay(List.of(debit("d", 1, T0, null)), T0))
                .isInstanceOf(IllegalStateException.class);
    }
}
