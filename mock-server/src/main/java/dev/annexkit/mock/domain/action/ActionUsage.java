package dev.annexkit.mock.domain.action;

import dev.annexkit.mock.domain.ledger.LedgerEntry;
import java.time.Instant;
import java.util.List;

/**
 * What one member has earned from one action, derived from their ledger entries: the basis of limits,
 * cooldowns, action progress and action series. Only the action's own earnings count: refunds and the
 * bonus entries that campaigns and series book under the action (marked by {@link #BONUS_MARKS}) do not.
 *
 * @param timesInPeriod  credits of the action in the limit's current period (all time without a limit)
 * @param pointsInPeriod points those credits earned
 * @param timesEver      credits of the action ever
 * @param lastEarnedAt   the latest credit of the action, or null
 */
public record ActionUsage(int timesInPeriod, long pointsInPeriod, int timesEver, Instant lastEarnedAt) {

    /** Attribute keys that mark an entry as a bonus rather than an earning of its action. */
    public static final List<String> BONUS_MARKS = List.of("campaignId", "actionSeriesId");

    /** The usage of {@code action} in {@code entries} (one member's, oldest first) as of {@code now}. */
    public static ActionUsage of(Action action, List<LedgerEntry> entries, Instant now) {
        Instant windowStart = action.limit() == null ? Instant.EPOCH : action.limit().period().windowStart(now);
        int inPeriod = 0;
        long points = 0;
        int ever = 0;
        Instant last = null;
        for (LedgerEntry e : entries) {
            if (!isEarning(e, action.actionId())) {
                continue;
            }
            ever++;
            last = e.createdAt();
            if (!e.createdAt().isBefore(windowStart)) {
                inPeriod++;
                points += e.points();
            }
        }
        return new ActionUsage(inPeriod, points, ever, last);
    }

    /** Whether the entry is a credit the member earned by doing this action. */
    public static boolean isEarning(LedgerEntry e, int actionId) {
        return e.isCredit() && !e.isReversal() && e.actionId() == actionId
                && BONUS_MARKS.stream().noneMatch(e.attributes()::containsKey);
    }

    /** Whether the limit leaves nothing to earn in the current period. */
    public boolean limitReached(ActionLimit limit) {
        if (limit == null) {
            return false;
        }
        return (limit.maxTimes() > 0 && timesInPeriod >= limit.maxTimes())
                || (limit.maxPoints() > 0 && pointsInPeriod >= limit.maxPoints());
    }

    /** How much of {@code amount} the limit still allows in this period. */
    public long allowedPoints(ActionLimit limit, long amount) {
        if (limit == null || limit.maxPoints() == 0) {
            return amount;
        }
        return Math.max(0, Math.min(amount, limit.maxPoints() - pointsInPeriod));
    }

    /** When the cooldown lets the member earn again; null when it already does. */
    public Instant nextEarningAt(Action action, Instant now) {
        if (action.cooldown() == null || lastEarnedAt == null) {
            return null;
        }
        Instant next = lastEarnedAt.plus(action.cooldown());
        return next.isAfter(now) ? next : null;
    }
}
