package dev.annexkit.mock.domain.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The append-only store of every member's entries. Nothing is ever updated or removed; balances are recomputed
 * from the entries on demand ({@link LotReplay}), so there is no cached number that could drift.
 * Guarded by the program lock.
 */
public final class PointsLedger {

    private final Map<String, List<LedgerEntry>> byMember = new HashMap<>();
    private final Set<String> customIds = new HashSet<>();
    private final Set<String> creditedOrders = new HashSet<>();
    private final Map<String, Long> disregarded = new HashMap<>();

    /** Appends an entry; the caller has already checked every business rule. */
    public void append(LedgerEntry entry) {
        if (entry.isVoid()) {
            long left = remainingOf(entry.memberId(), entry.reversalOf(), entry.createdAt());
            if (entry.points() > left) {
                throw new IllegalStateException("void " + entry.entryId() + " exceeds what is left of "
                        + entry.reversalOf() + ": " + left);
            }
        } else if (!entry.isCredit()) {
            long available = balance(entry.memberId(), entry.createdAt()).available();
            if (entry.points() > available) {
                throw new IllegalStateException("debit " + entry.entryId() + " exceeds available " + available);
            }
        }
        byMember.computeIfAbsent(entry.memberId(), id -> new ArrayList<>()).add(entry);
        if (entry.customId() != null) {
            customIds.add(customKey(entry.memberId(), entry.actionId(), entry.customId()));
        }
        if (entry.isCredit() && !entry.isReversal() && entry.orderId() != null) {
            creditedOrders.add(entry.memberId() + '\u0000' + entry.orderId());
        }
    }

    /** True when points were already credited to this member for this order id. */
    public boolean hasOrderCredit(String memberId, String orderId) {
        return creditedOrders.contains(memberId + '\u0000' + orderId);
    }

    /**
     * Records debit points that found no balance to take them (Annex Cloud's "disregarded negative points"):
     * they are reported, never booked, so the balance itself never goes below zero.
     */
    public void disregard(String memberId, long points) {
        if (points <= 0) {
            throw new IllegalArgumentException("disregarded points must be positive: " + points);
        }
        disregarded.merge(memberId, points, Long::sum);
    }

    /** All points ever disregarded for the member, as a positive number. */
    public long disregarded(String memberId) {
        return disregarded.getOrDefault(memberId, 0L);
    }

    /** A member's entries, oldest first. */
    public List<LedgerEntry> entries(String memberId) {
        return List.copyOf(byMember.getOrDefault(memberId, List.of()));
    }

    /** True when this member already has an entry with this action and custom id. */
    public boolean hasCustomId(String memberId, int actionId, String customId) {
        return customIds.contains(customKey(memberId, actionId, customId));
    }

    /**
     * What is left of one credit at an instant (not spent, not voided, not expired); 0 for an unknown entry.
     * This is what a void may still take back.
     */
    public long remainingOf(String memberId, String creditId, Instant at) {
        return replay(memberId, at).lots().stream()
                .filter(l -> l.entryId().equals(creditId) && l.state() != Lot.State.EXPIRED)
                .mapToLong(Lot::remaining).sum();
    }

    public PointBalance balance(String memberId, Instant now) {
        return replay(memberId, now).balance();
    }

    public LotReplay.Result replay(String memberId, Instant now) {
        return LotReplay.replay(byMember.getOrDefault(memberId, List.of()), now);
    }

    private static String customKey(String memberId, int actionId, String customId) {
        return memberId + '\u0000' + actionId + '\u0000' + customId;
    }
}
