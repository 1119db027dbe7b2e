package dev.annexkit.mock.domain.action;

import dev.annexkit.mock.domain.error.ActionSeriesNotFound;
import dev.annexkit.mock.domain.kernel.CallGuard;
import dev.annexkit.mock.domain.kernel.Page;
import dev.annexkit.mock.domain.kernel.PageRequest;
import dev.annexkit.mock.domain.ledger.LedgerEntry;
import dev.annexkit.mock.domain.member.Member;
import java.time.Instant;
import java.util.List;

/**
 * The site's actions by status, a member's progress on each, and action series (chains of actions with a bonus
 * credited by the points desk when completed). Every method runs under the program lock.
 */
public final class ActionProgress {

    private final ActionContext state;
    private final CallGuard lock;

    public ActionProgress(ActionContext state, CallGuard lock) {
        this.state = state;
        this.lock = lock;
    }

    /** Actions ordered by id, only those of {@code status} when not null. */
    public Page<Action> list(ActionStatus status, PageRequest page) {
        return lock.call(() -> Page.of(state.actions().all().stream()
                .filter(a -> status == null || a.status() == status).toList(), page));
    }

    /** Every action with the member's progress, ordered by id. */
    public Page<MemberActionView> forMember(String memberId, PageRequest page) {
        return lock.call(() -> {
            state.members().get(memberId);
            Instant now = state.now();
            List<LedgerEntry> history = state.ledger().entries(memberId);
            return Page.of(state.actions().all().stream().map(a -> view(a, history, now)).toList(), page);
        });
    }

    /** Adds or replaces an action series (seeding and tests). */
    public ActionSeries defineSeries(ActionSeries series) {
        return lock.call(() -> {
            series.requiredCounts().keySet().forEach(state.actions()::get);
            state.actionSeries().put(series.seriesId(), series);
            return series;
        });
    }

    public List<ActionSeries> series() {
        return lock.call(() -> List.copyOf(state.actionSeries().values()));
    }

    /** Whether and when the member completed the series. */
    public ActionSeriesProgress seriesProgress(String memberId, int seriesId) {
        return lock.call(() -> {
            Member member = state.members().get(memberId);
            ActionSeries series = state.actionSeries().get(seriesId);
            if (series == null) {
                throw new ActionSeriesNotFound(seriesId);
            }
            String id = Integer.toString(seriesId);
            return state.ledger().entries(memberId).stream()
                    .filter(e -> id.equals(e.attributes().get("actionSeriesId"))).findFirst()
                    .map(e -> new ActionSeriesProgress(member, series, e.createdAt(), e.expiresAt()))
                    .orElse(new ActionSeriesProgress(member, series, null, null));
        });
    }

    private static MemberActionView view(Action action, List<LedgerEntry> history, Instant now) {
        ActionUsage usage = ActionUsage.of(action, history, now);
        boolean counted = action.limit() != null && action.limit().maxTimes() > 0;
        int required = counted ? action.limit().maxTimes() : 1;
        int completed = counted ? usage.timesInPeriod() : usage.timesEver();
        return new MemberActionView(action, required, completed, usage.limitReached(action.limit()));
    }
}
