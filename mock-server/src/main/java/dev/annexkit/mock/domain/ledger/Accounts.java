package dev.annexkit.mock.domain.ledger;

import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.error.MissingField;
import dev.annexkit.mock.domain.kernel.BulkLookup;
import dev.annexkit.mock.domain.kernel.CallGuard;
import dev.annexkit.mock.domain.kernel.Page;
import dev.annexkit.mock.domain.kernel.PageRequest;
import dev.annexkit.mock.domain.member.Member;
import dev.annexkit.mock.domain.tier.SpendRecord;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * A member's points account as reads see it: the activity list (every ledger movement is a row), per-action
 * summaries, purchase spend, and standings (balance, spend, tier) one or many members at a time. Every call
 * runs under the program lock.
 */
public final class Accounts {

    /** Most ids one bulk lookup takes. */
    public static final int MAX_LOOKUP = 100;

    private final LedgerContext state;
    private final CallGuard lock;

    public Accounts(LedgerContext state, CallGuard lock) {
        this.state = state;
        this.lock = lock;
    }

    /** The member's activity rows, newest first (ties: the later booking first). */
    public Page<ActivityRow> activity(String memberId, PageRequest page) {
        return lock.call(() -> {
            state.members().get(memberId);
            Map<Integer, String> names = new HashMap<>();
            state.actions().all().forEach(a -> names.put(a.actionId(), a.name()));
            List<ActivityRow> rows = new ArrayList<>();
            for (LedgerEntry e : state.ledger().entries(memberId)) {
                rows.add(new ActivityRow(e, names.get(e.actionId())));
            }
            Collections.reverse(rows);
            return Page.of(rows, page);
        });
    }

    /** The member's totals for one action; zero counts when the member has no activity under it. */
    public ActivitySummary summary(String memberId, int actionId) {
        return lock.call(() -> {
            state.members().get(memberId);
            return ActivitySummary.of(memberId, actionId, state.ledger().entries(memberId));
        });
    }

    /** One member's balance, spend and tier. */
    public MemberStanding standing(String memberId) {
        return lock.call(() -> standingOf(state.members().get(memberId)));
    }

    /** The standings of up to {@value #MAX_LOOKUP} members; unknown ids are listed, not failed. */
    public BulkLookup<MemberStanding> standings(List<String> memberIds) {
        return lock.call(() -> {
            if (memberIds == null) {
                throw new MissingField("ids");
            }
            if (memberIds.isEmpty() || memberIds.size() > MAX_LOOKUP) {
                throw new InvalidField("ids", "a lookup takes 1 to " + MAX_LOOKUP + " ids, got " + memberIds.size());
            }
            Map<String, MemberStanding> found = new LinkedHashMap<>();
            List<String> notFound = new ArrayList<>();
            for (String id : new LinkedHashSet<>(memberIds)) {
                if (id == null || id.isBlank()) {
                    throw new InvalidField("ids", "must not contain empty ids");
                }
                state.members().find(id).ifPresentOrElse(m -> found.put(id, standingOf(m)), () -> notFound.add(id));
            }
            return new BulkLookup<>(found, notFound);
        });
    }

    /**
     * Books purchase spend for a member (negative for a return; the total never goes below zero), which
     * spend-based tiers count, and returns the member's standing after it. Orders call this with their order
     * id as the reference.
     */
    public MemberStanding recordSpend(String memberId, BigDecimal amount, String reference) {
        return lock.call(() -> {
            Member member = state.members().get(memberId);
            state.spend().record(new SpendRecord(memberId, amount, reference, state.now()));
            return standingOf(member);
        });
    }

    private MemberStanding standingOf(Member member) {
        PointBalance balance = state.ledger().balance(member.id(), state.now());
        return new MemberStanding(member.id(), balance, state.spend().total(member.id()),
                state.tierStatus(member.id(), balance.lifetime()), state.ledger().disregarded(member.id()));
    }
}
