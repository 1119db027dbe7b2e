package dev.annexkit.mock.domain.tier;

import dev.annexkit.mock.domain.error.InvalidField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Every member's purchase spend, in booking order. Guarded by the program lock. */
public final class SpendBook {

    private final List<SpendRecord> records = new ArrayList<>();

    /** Books spend; a return may not take the member's total below zero. */
    public void record(SpendRecord record) {
        BigDecimal after = total(record.memberId()).add(record.amount());
        if (after.signum() < 0) {
            throw new InvalidField("amount", "a return of " + record.amount().negate() + " exceeds the spend of "
                    + record.memberId() + " (" + total(record.memberId()) + ")");
        }
        records.add(record);
    }

    /** The member's spend so far (0 when none). */
    /** Puts back a record exactly as saved (restoring a state export). */
    public void restore(SpendRecord saved) {
        records.add(saved);
    }

    public BigDecimal total(String memberId) {
        BigDecimal total = BigDecimal.ZERO;
        for (SpendRecord r : records) {
            if (r.memberId().equals(memberId)) {
                total = total.add(r.amount());
            }
        }
        return total;
    }

    /** Moves a member's spend to another member (a merge). */
    public void moveAll(String from, String to) {
        records.replaceAll(r -> r.memberId().equals(from) ? r.ownedBy(to) : r);
    }

    /** Forgets a deleted member's spend. */
    public void forget(String memberId) {
        records.removeIf(r -> r.memberId().equals(memberId));
    }

    /** Every record, in booking order. */
    public List<SpendRecord> all() {
        return List.copyOf(records);
    }
}
