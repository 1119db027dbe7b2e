package dev.annexkit.mock.domain.issuance;

import java.time.Instant;
import java.util.List;

/**
 * A recorded issuance and its points bookkeeping.
 *
 * @param granted       points the issuance still grants the member (on hold while {@link IssuanceState#HELD})
 * @param reversed      points taken back by returns and cancels so far
 * @param heldCreditIds while held: the pending ledger credits holding {@code granted}
 * @param expiresAt     when the points of its latest credit expire; null = never (or nothing credited)
 */
public record Issuance(IssuanceDetails details, IssuanceState state, long granted, long reversed,
                       List<String> heldCreditIds, Instant expiresAt, Instant createdAt, Instant updatedAt) {

    public Issuance {
        heldCreditIds = List.copyOf(heldCreditIds);
    }

    public String orderId() {
        return details.orderId();
    }

    public String memberId() {
        return details.memberId();
    }
}
