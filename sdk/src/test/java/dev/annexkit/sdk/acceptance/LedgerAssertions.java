package dev.annexkit.sdk.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annexkit.sdk.AnnexCloudClient;
import dev.annexkit.sdk.model.PointBalance;

/** The ledger invariant, checked through the public balance endpoint. */
final class LedgerAssertions {

    private LedgerAssertions() {
    }

    /** Reads the member's balance and checks lifetime = available + used + expired + hold; returns it. */
    static PointBalance balancedBalance(AnnexCloudClient client, String memberId) {
        PointBalance b = client.points().getPointBalance(memberId);
        assertThat(b.getLifetimePoints())
                .as("lifetime = available + used + expired + hold for %s", b)
                .isEqualTo(b.getAvailablePoints() + b.getUsedPoints() + b.getExpiredPoints() + b.getHoldPoints());
        return b;
    }
}
