package dev.annexkit.mock.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annexkit.mock.domain.ledger.PointBalance;

/** The ledger invariant for tests outside this package (one per concept area). */
public final class LedgerInvariant {

    private LedgerInvariant() {
    }

    /** lifetime = available + used + expired + hold, nothing negative; returns the balance. */
    public static PointBalance assertBalanced(PointBalance b, String owner) {
        assertThat(b.lifetime()).as("lifetime = available + used + expired + hold for %s: %s", owner, b)
                .isEqualTo(b.available() + b.used() + b.expired() + b.hold());
        assertThat(b.isConsistent()).as("consistent %s: %s", owner, b).isTrue();
        return b;
    }

    /** The member's balance, checked. */
    public static PointBalance member(LoyaltyProgram program, String memberId) {
        return assertBalanced(program.balance(memberId), memberId);
    }
}
