package dev.annexkit.mock.domain.tier;

import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.error.MissingField;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Purchase spend booked for a member, which spend-based tiers count. Orders record their spend here; a return
 * records a negative amount.
 *
 * @param amount    in the site's currency; negative for a return, never zero
 * @param reference what the spend came from (an order id), free text, may be null
 */
public record SpendRecord(String memberId, BigDecimal amount, String reference, Instant recordedAt) {

    public SpendRecord {
        if (memberId == null || memberId.isBlank()) {
            throw new MissingField("id");
        }
        if (amount == null) {
            throw new MissingField("amount");
        }
        if (amount.signum() == 0) {
            throw new InvalidField("amount", "must not be zero");
        }
    }

    /** The same record under another member (a merge). */
    public SpendRecord ownedBy(String newMemberId) {
        return new SpendRecord(newMemberId, amount, reference, recordedAt);
    }
}
