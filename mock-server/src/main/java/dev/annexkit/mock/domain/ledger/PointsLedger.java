package dev.annexkit.mock.domain.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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

    /**
     * Puts back an account's entries exactly as saved (restoring a state export): the entries already passed
     * every check when they were booked, and after a merge they no longer replay one by one in booking order.
     */
    public void restore(String memberId, List<LedgerEntry> entries, long disregardedPoints) {
        List<LedgerEntry> own = new ArrayList<>(entries.size());
        for (LedgerEntry entry : entries) {
            own.add(entry.sharingMemberId(memberId)); // equal entries, one id string per account
        }
        byMember.put(memberId, own);
        for (LedgerEntry entry : entries) {
            if (entry.customId() != null) {
                customIds.add(customKey(memberId, entry.actionId(), entry.customId()));
            }
            if (entry.isCredit() && !entry.isReversal() && entry.orderId() != null) {
                creditedOrders.add(memberId + '\u0000' + entry.orderId());
            }
        }
        if (disregardedPoints > 0) {
            disregarded.put(memberId, disregardedPoints);
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

    /**
     * Moves every entry of {@code from} to {@code to} (a member merge): the entries keep their ids, amounts,
     * actions and times and change only their owner; the two histories are interleaved by time so the lots
     * replay in the order they happened. Nothing else ever rewrites the ledger. Returns how many moved.
     */
    public int moveAll(String from, String to) {
        List<LedgerEntry> moving = byMember.getOrDefault(from, List.of());
        if (moving.isEmpty()) {
            return 0;
        }
        List<LedgerEntry> merged = new ArrayList<>(byMember.getOrDefault(to, List.of()));
        moving.forEach(e -> merged.add(e.ownedBy(to)));
        merged.sort(Comparator.comparing(LedgerEntry::createdAt)); // stable: the primary's first on ties
        LotReplay.replay(merged, Instant.MAX); // the interleaved history must still replay; throws if not
        byMember.put(to, merged);
        byMember.remove(from);
        Set<String> moved = new HashSet<>();
        for (LedgerEntry e : moving) {
            if (e.customId() != null) {
                customIds.remove(customKey(from, e.actionId(), e.customId()));
                moved.add(customKey(to, e.actionId(), e.customId()));
            }
        }
        customIds.addAll(moved);
        for (LedgerEntry e : moving) {
            if (creditedOrders.remove(from + '\u0000' + e.orderId())) {
                creditedOrders.add(to + '\u0000' + e.orderId());
            }
        }
        Long negative = disregarded.remove(from);
        if (negative != null) {
            disregarded.merge(to, negative, Long::sum);
        }
        return moving.size();
    }

    /** Forgets a deleted member's history: a privacy deletion takes the member's data with it. */
    public void forget(String memberId) {
        List<LedgerEntry> gone = byMember.remove(memberId);
        if (gone != null) {
            gone.stream().filter(e -> e.customId() != null)
                    .forEach(e -> customIds.remove(customKey(memberId, e.actionId(), e.customId())));
            gone.forEach(e -> creditedOrders.remove(memberId + '\u0000' + e.orderId()));
        }
        disregarded.remove(memberId);
    }

    /** Ids of the members that have entries, sorted. */
    public List<String> memberIds() {
        return byMember.keySet().stream().sorted().toList();
    }

    public PointBalance balance(String memberId, Instant now) {
        return LotReplay.balance(byMember.getOrDefault(memberId, List.of()), now);
    }

    public LotReplay.Result replay(String memberId, Instant now) {
        return LotReplay.replay(byMember.getOrDefault(memberId, List.of()), now);
    }

    private static String customKey(String memberId, int actionId, String customId) {
        return memberId + '\u0000' + actionId + '\u0000' + customId;
    }

    /** Disregarded negative points per member id (for the state export). */
    public Map<String, Long> disregardedByMember() {
        return java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(disregarded));
    }
}
