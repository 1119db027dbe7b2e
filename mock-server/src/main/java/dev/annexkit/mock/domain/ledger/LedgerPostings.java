package dev.annexkit.mock.domain.ledger;

import dev.annexkit.mock.domain.error.InsufficientPoints;
import java.time.Instant;
import java.util.Map;

/**
 * Books the points movements of the concept areas outside POST /points (receipts, surveys, groups) the way
 * {@link PointsDesk} books its own: positive amounts, credits expiring per the program settings, debits
 * never beyond the available balance. Works on any ledger, so group accounts use the same rules as members.
 * Caller holds the program lock and has checked its own rules first.
 */
public final class LedgerPostings {

    private final LedgerContext state;

    public LedgerPostings(LedgerContext state) {
        this.state = state;
    }

    /** Appends a credit to {@code owner}'s account in {@code ledger}. */
    public LedgerEntry credit(PointsLedger ledger, String owner, int actionId, long points, String reason,
                       Map<String, String> attributes, Instant now) {
        return credit(ledger, owner, actionId, points, reason, null, attributes, now);
    }

    /** Appends a credit carrying the client's {@code customId}. */
    public LedgerEntry credit(PointsLedger ledger, String owner, int actionId, long points, String reason, String customId,
                       Map<String, String> attributes, Instant now) {
        LedgerEntry entry = new LedgerEntry(state.nextId(), owner, actionId, Activity.CREDIT, points, reason,
                null, null, null, customId, null, null, now, state.expiryFor(now).orElse(null), null,
                attributes, null);
        ledger.append(entry);
        return entry;
    }

    /** Checks {@code owner} can pay {@code points} now, without writing. */
    public void requireAvailable(PointsLedger ledger, String owner, long points, Instant now) {
        long available = ledger.balance(owner, now).available();
        if (points > available) {
            throw new InsufficientPoints(owner, points, available);
        }
    }

    /** Appends a debit; call {@link #requireAvailable} first so a refusal comes before any write. */
    public LedgerEntry debit(PointsLedger ledger, String owner, int actionId, long points, String reason, String customId,
                      Map<String, String> attributes, Instant now) {
        requireAvailable(ledger, owner, points, now);
        LedgerEntry entry = new LedgerEntry(state.nextId(), owner, actionId, Activity.DEBIT, points, reason,
                null, null, null, customId, null, null, now, null, null, attributes, null);
        ledger.append(entry);
        return entry;
    }
}
