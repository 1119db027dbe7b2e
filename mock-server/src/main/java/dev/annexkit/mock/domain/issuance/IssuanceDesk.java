package dev.annexkit.mock.domain.issuance;

import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.error.IssuanceAlreadyExists;
import dev.annexkit.mock.domain.error.IssuanceMemberMismatch;
import dev.annexkit.mock.domain.error.IssuanceReversalExceeded;
import dev.annexkit.mock.domain.error.MissingField;
import dev.annexkit.mock.domain.kernel.Page;
import dev.annexkit.mock.domain.kernel.PageRequest;
import dev.annexkit.mock.domain.ledger.Activity;
import dev.annexkit.mock.domain.ledger.LedgerEntry;
import dev.annexkit.mock.domain.member.Member;
import dev.annexkit.mock.domain.action.SystemActions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Books issuances into the ledger. A new issuance is one credit of {@code orderTotalPoints} under its own
 * action: released at once ({@code SHIP}) or held with no release date ({@code HOLD}) until a replace ships it;
 * shipping settles held points like a pending transfer (the held credits are voided, the points booked again as
 * one released credit). A replace books the difference of {@code orderTotalPoints}: an increase is credited
 * (held while the issuance is held), a decrease voided from the held credits or debited from the balance.
 * Returns and cancels void held points and debit released ones — returns under action 148 like orders, cancels
 * and replace decreases under the issuance's own action — never below a zero balance. Which moves are legal is
 * {@link IssuanceTransitions}. Every check runs before the first write; caller holds the program lock.
 */
final class IssuanceDesk {

    static final int RETURN_ACTION = SystemActions.PURCHASE_RETURN;

    private final IssuanceContext state;

    IssuanceDesk(IssuanceContext state) {
        this.state = state;
    }

    IssuanceView create(IssuanceDetails d) {
        IssuanceEvent event = check(d);
        Member member = state.members().get(d.memberId());
        state.requireNotBlocked(member);
        if (state.issuances().contains(d.orderId())) {
            throw new IssuanceAlreadyExists(d.orderId());
        }
        Instant now = state.now();
        boolean hold = event == IssuanceEvent.HOLD;
        List<String> held = new ArrayList<>();
        Instant expires = null;
        if (d.orderTotalPoints() > 0) {
            LedgerEntry credit = credit(d, d.orderTotalPoints(), hold, "Issuance " + d.orderId(), now);
            expires = credit.expiresAt();
            if (hold) {
                held.add(credit.entryId());
            }
        }
        Issuance issuance = new Issuance(d, hold ? IssuanceState.HELD : IssuanceState.RELEASED,
                d.orderTotalPoints(), 0, held, expires, now, now);
        state.issuances().save(issuance);
        return IssuanceView.of(issuance);
    }

    IssuanceView replace(IssuanceDetails d) {
        IssuanceEvent event = check(d);
        Issuance old = state.issuances().get(d.orderId());
        requireSameMember(old, d.memberId());
        IssuanceState next = IssuanceTransitions.after(old.state(), event, old.granted(), "Issuance " + d.orderId());
        long granted = d.orderTotalPoints() - old.reversed();
        if (granted < 0) {
            throw new IssuanceReversalExceeded("Issuance " + d.orderId() + ": orderTotalPoints "
                    + d.orderTotalPoints() + " is below the " + old.reversed()
                    + " points already returned or cancelled");
        }
        long delta = granted - old.granted();
        if (delta > 0) {
            state.requireNotBlocked(state.members().get(old.memberId()));
        }
        Instant now = state.now();
        String reason = "Issuance " + d.orderId() + ": replaced";
        List<String> held = new ArrayList<>(old.heldCreditIds());
        Instant expires = old.expiresAt();
        if (old.state() == IssuanceState.HELD && next == IssuanceState.RELEASED) {
            voidHeld(old, old.granted(), d.actionId(), reason, now);
            held.clear();
            if (granted > 0) {
                expires = credit(d, granted, false, "Issuance " + d.orderId() + ": shipped", now).expiresAt();
            }
        } else if (delta > 0) {
            LedgerEntry credit = credit(d, delta, next == IssuanceState.HELD, reason, now);
            expires = credit.expiresAt();
            if (next == IssuanceState.HELD) {
                held.add(credit.entryId());
            }
        } else if (delta < 0) {
            take(old, -delta, d.actionId(), reason, now);
        }
        Issuance saved = new Issuance(d, next, granted, old.reversed(), next == IssuanceState.HELD ? held : List.of(),
                expires, old.createdAt(), now);
        state.issuances().save(saved);
        return IssuanceView.of(saved);
    }

    IssuanceView change(IssuanceChange c) {
        if (c.orderId() == null || c.orderId().isBlank()) {
            throw new MissingField("orderId");
        }
        if (c.event() == null) {
            throw new MissingField("orderStatus");
        }
        if (!c.event().reverses()) {
            throw new InvalidField("orderStatus", "a status update returns or cancels; " + c.event().label()
                    + " is set with a replace (PUT)");
        }
        Issuance old = state.issuances().get(c.orderId());
        if (c.memberId() != null) {
            requireSameMember(old, c.memberId());
        }
        String what = "Issuance " + c.orderId();
        IssuanceTransitions.after(old.state(), c.event(), old.granted(), what);
        long points = old.granted();
        if (c.event().partial()) {
            if (c.points() == null) {
                throw new MissingField("orderTotalPoints");
            }
            if (c.points() <= 0) {
                throw new InvalidField("orderTotalPoints", "must be a positive number of points to take back");
            }
            if (c.points() > old.granted()) {
                throw new IssuanceReversalExceeded(what + ": " + c.points() + " points to take back, it grants "
                        + old.granted());
            }
            points = c.points();
            checkProducts(old, c.products());
        }
        IssuanceState next = IssuanceTransitions.after(old.state(), c.event(), old.granted() - points, what);
        Instant now = state.now();
        int action = c.event().isReturn() ? RETURN_ACTION : old.details().actionId();
        String reason = what + ": " + c.event().label();
        if (points > 0) {
            take(old, points, action, reason, now);
        }
        List<String> held = next == IssuanceState.HELD ? old.heldCreditIds() : List.of();
        Issuance saved = new Issuance(old.details().withStatus(c.event().label()), next, old.granted() - points,
                old.reversed() + points, held, old.expiresAt(), old.createdAt(), now);
        state.issuances().save(saved);
        return IssuanceView.of(saved);
    }

    Page<IssuanceView> find(String memberId, String userId, String orderId, PageRequest page) {
        state.members().get(memberId);
        if (userId != null && !userId.equals(memberId)) {
            throw new InvalidField("userId", "must equal the path's member " + memberId + ", was " + userId);
        }
        List<IssuanceView> found = state.issuances().ofMemberNewestFirst(memberId).stream()
                .filter(i -> orderId == null || i.orderId().equals(orderId))
                .map(IssuanceView::of).toList();
        return Page.of(found, page);
    }

    // ---- rules ---------------------------------------------------------------------------------------------

    /** The fields every create and replace needs; returns the SHIP or HOLD event of its status. */
    private static IssuanceEvent check(IssuanceDetails d) {
        require(d.orderId(), "orderId");
        require(d.memberId(), "userId");
        if (d.actionId() == null) {
            throw new MissingField("actionId");
        }
        if (d.orderTotalPoints() == null) {
            throw new MissingField("orderTotalPoints");
        }
        if (d.orderTotalPoints() < 0) {
            throw new InvalidField("orderTotalPoints", "must not be negative, was " + d.orderTotalPoints());
        }
        require(d.status(), "orderStatus");
        IssuanceEvent event = parseCreateStatus(d.status());
        if (event.reverses()) {
            throw new InvalidField("orderStatus", "a transaction is recorded as SHIP or HOLD; return or cancel it"
                    + " with a status update (PATCH), was " + d.status());
        }
        return event;
    }

    /** The documented upper-case statuses of create and replace; RETURN and CANCEL read as their full events. */
    private static IssuanceEvent parseCreateStatus(String status) {
        return switch (status) {
            case "RETURN" -> IssuanceEvent.RETURN;
            case "CANCEL" -> IssuanceEvent.FULL_CANCEL;
            default -> IssuanceEvent.parse("orderStatus", status);
        };
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new MissingField(field);
        }
    }

    private static void requireSameMember(Issuance issuance, String memberId) {
        if (!issuance.memberId().equals(memberId)) {
            throw new IssuanceMemberMismatch("Issuance " + issuance.orderId() + " belongs to member "
                    + issuance.memberId() + ", not " + memberId);
        }
    }

    /** Products of a partial return or cancel must be recorded on the issuance, in at most the recorded units. */
    private static void checkProducts(Issuance issuance, List<IssuanceProduct> products) {
        for (int i = 0; i < products.size(); i++) {
            IssuanceProduct p = products.get(i);
            if (p.productId() == null || p.productId().isBlank()) {
                throw new MissingField("productDetails[" + i + "].productId");
            }
            IssuanceProduct recorded = issuance.details().products().stream()
                    .filter(r -> p.productId().equals(r.productId())).findFirst()
                    .orElseThrow(() -> new IssuanceReversalExceeded("Issuance " + issuance.orderId()
                            + " has no product " + p.productId()));
            if (p.quantity() != null && recorded.quantity() != null && p.quantity() > recorded.quantity()) {
                throw new IssuanceReversalExceeded("Issuance " + issuance.orderId() + ": " + p.quantity()
                        + " units of " + p.productId() + " asked, it recorded " + recorded.quantity());
            }
        }
    }

    // ---- ledger --------------------------------------------------------------------------------------------

    private LedgerEntry credit(IssuanceDetails d, long points, boolean hold, String reason, Instant now) {
        LedgerEntry credit = new LedgerEntry(state.nextId(), d.memberId(), d.actionId(), Activity.CREDIT, points,
                reason, null, null, d.orderId(), null, d.storeId(), d.pointType(), now,
                state.expiryFor(now).orElse(null), null, Map.of(), null, hold);
        state.ledger().append(credit);
        return credit;
    }

    /** Takes points back: voided from the held credits while held, else debited (never below zero). */
    private void take(Issuance issuance, long points, int action, String reason, Instant now) {
        if (issuance.state() == IssuanceState.HELD) {
            voidHeld(issuance, points, action, reason, now);
            return;
        }
        String memberId = issuance.memberId();
        long removed = Math.min(points, state.ledger().balance(memberId, now).available());
        if (removed > 0) {
            state.ledger().append(new LedgerEntry(state.nextId(), memberId, action, Activity.DEBIT, removed, reason,
                    null, null, issuance.orderId(), null, issuance.details().storeId(), issuance.details().pointType(),
                    now, null, null, Map.of(), null));
        }
    }

    private void voidHeld(Issuance issuance, long points, int action, String reason, Instant now) {
        String memberId = issuance.memberId();
        long left = points;
        for (String creditId : issuance.heldCreditIds()) {
            long amount = Math.min(left, state.ledger().remainingOf(memberId, creditId, now));
            if (amount > 0) {
                state.ledger().append(new LedgerEntry(state.nextId(), memberId, action, Activity.DEBIT, amount,
                        reason + " (held points)", null, null, issuance.orderId(), null,
                        issuance.details().storeId(), issuance.details().pointType(), now, null, null, Map.of(),
                        creditId));
                left -= amount;
            }
        }
    }
}
