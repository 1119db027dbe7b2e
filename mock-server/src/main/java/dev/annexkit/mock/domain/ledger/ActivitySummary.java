package dev.annexkit.mock.domain.ledger;

import java.time.Instant;
import java.util.List;

/**
 * A member's activity totals for one action.
 *
 * @param firstAt the first booking, null without activity
 * @param lastAt  the last booking, null without activity
 */
public record ActivitySummary(String memberId, int actionId, int creditCount, int debitCount, long totalCredit,
                              long totalDebit, Instant firstAt, Instant lastAt) {

    /** Totals the entries booked under {@code actionId}. */
    public static ActivitySummary of(String memberId, int actionId, List<LedgerEntry> entries) {
        int credits = 0;
        int debits = 0;
        long credited = 0;
        long debited = 0;
        Instant first = null;
        Instant last = null;
        for (LedgerEntry e : entries) {
            if (e.actionId() != actionId) {
                continue;
            }
            if (e.isCredit()) {
                credits++;
                credited += e.points();
            } else {
                debits++;
                debited += e.points();
            }
            first = first == null || e.createdAt().isBefore(first) ? e.createdAt() : first;
            last = last == null || e.createdAt().isAfter(last) ? e.createdAt() : last;
        }
        return new ActivitySummary(memberId, actionId, credits, debits, credited, debited, first, last);
    }

    public int activityCount() {
        return creditCount + debitCount;
    }

    public long netPoints() {
        return totalCredit - totalDebit;
    }
}
