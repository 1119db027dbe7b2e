package dev.annexkit.mock.domain.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Derives lots and the balance from a member's entries by replaying them in order.
 *
 * <p>Each credit opens a lot. Each debit, at its own instant, consumes released, unexpired lots, soonest expiry
 * first (never-expiring lots last, ties by age). A void (a debit naming a credit) takes only from that credit's
 * lot and lowers lifetime points instead of raising usage. At the replay instant, unspent lots past expiry are
 * expired and unreleased ones are on hold. Pure function: same entries and instant, same result.
 */
public final class LotReplay {

    private static final Comparator<MutableLot> SPEND_ORDER = Comparator
            .comparing((MutableLot lot) -> lot.expiresAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(lot -> lot.sequence);

    private LotReplay() {
    }

    /** Result of a replay: the lots in credit order and the balance they add up to. */
    public record Result(List<Lot> lots, PointBalance balance) {
    }

    public static Result replay(List<LedgerEntry> entries, Instant now) {
        return replay(entries, now, true);
    }

    /** The balance alone: the same replay without building the {@link Lot}s (a balance read's hot path). */
    public static PointBalance balance(List<LedgerEntry> entries, Instant now) {
        return replay(entries, now, false).balance();
    }

    private static Result replay(List<LedgerEntry> entries, Instant now, boolean withLots) {
        // only a reversal looks an entry up by id; without one, no id is read (each read builds its text)
        boolean byId = false;
        for (LedgerEntry entry : entries) {
            byId |= entry.isReversal();
        }
        List<MutableLot> lots = new ArrayList<>();
        Map<String, MutableLot> lotsById = new HashMap<>();
        TreeSet<MutableLot> spendable = new TreeSet<>(SPEND_ORDER);
        Map<String, LedgerEntry> debitsById = new HashMap<>();
        long lifetime = 0;
        long used = 0;
        long usedOnRewards = 0;
        for (LedgerEntry entry : entries) {
            if (entry.isCredit()) {
                MutableLot lot = new MutableLot(entry, lots.size());
                lots.add(lot);
                if (byId) {
                    lotsById.put(entry.entryId(), lot);
                }
                spendable.add(lot);
                if (entry.isReversal()) {
                    used -= entry.points();
                    LedgerEntry original = debitsById.get(entry.reversalOf());
                    if (original != null && original.rewardId() != null) {
                        usedOnRewards -= entry.points();
                    }
                } else {
                    lifetime += entry.points();
                }
            } else if (entry.isVoid()) {
                takeBack(lotsById.get(entry.reversalOf()), spendable, entry);
                lifetime -= entry.points();
            } else {
                consume(spendable, entry);
                if (byId) {
                    debitsById.put(entry.entryId(), entry);
                }
                used += entry.points();
                if (entry.rewardId() != null) {
                    usedOnRewards += entry.points();
                }
            }
        }
        long available = 0;
        long expired = 0;
        long hold = 0;
        List<Lot> result = new ArrayList<>(withLots ? lots.size() : 0);
        for (MutableLot lot : lots) {
            Lot.State state = stateAt(lot, now);
            switch (state) {
                case AVAILABLE -> available += lot.remaining;
                case ON_HOLD -> hold += lot.remaining;
                case EXPIRED -> expired += lot.remaining;
            }
            if (withLots) {
                LedgerEntry e = lot.entry;
                result.add(new Lot(e.entryId(), e.points(), lot.remaining, e.createdAt(), lot.expiresAt,
                        lot.releaseAt, state));
            }
        }
        return new Result(List.copyOf(result),
                new PointBalance(available, used, expired, lifetime, hold, usedOnRewards));
    }

    /** Expiry wins over hold: a lot that expires before release is simply lost. */
    private static Lot.State stateAt(MutableLot credit, Instant at) {
        if (credit.expiresAt != null && !credit.expiresAt.isAfter(at)) {
            return Lot.State.EXPIRED;
        }
        if (credit.entry.heldUntilReleased()) {
            return Lot.State.ON_HOLD;
        }
        if (credit.releaseAt != null && credit.releaseAt.isAfter(at)) {
            return Lot.State.ON_HOLD;
        }
        return Lot.State.AVAILABLE;
    }

    private static void takeBack(MutableLot lot, TreeSet<MutableLot> spendable, LedgerEntry voidEntry) {
        if (lot == null || lot.remaining < voidEntry.points()
                || stateAt(lot, voidEntry.createdAt()) == Lot.State.EXPIRED) {
            throw new IllegalStateException("ledger corrupt: void " + voidEntry.entryId() + " cannot take "
                    + voidEntry.points() + " back from " + voidEntry.reversalOf());
        }
        lot.remaining -= voidEntry.points();
        if (lot.remaining == 0) {
            spendable.remove(lot);
        }
    }

    private static void consume(TreeSet<MutableLot> spendable, LedgerEntry debit) {
        long toTake = debit.points();
        Instant at = debit.createdAt();
        Iterator<MutableLot> it = spendable.iterator();
        while (toTake > 0 && it.hasNext()) {
            MutableLot lot = it.next();
            Lot.State state = stateAt(lot, at);
            if (state == Lot.State.EXPIRED) {
                it.remove(); // time only moves forward, so it can never be spent again
                continue;
            }
            if (state == Lot.State.ON_HOLD) {
                continue;
            }
            long taken = Math.min(toTake, lot.remaining);
            lot.remaining -= taken;
            toTake -= taken;
            if (lot.remaining == 0) {
                it.remove();
            }
        }
        if (toTake > 0) {
            throw new IllegalStateException("ledger corrupt: debit " + debit.entryId() + " overdraws by " + toTake);
        }
    }

    private static final class MutableLot {
        final LedgerEntry entry;
        final int sequence;
        final Instant expiresAt; // read once: the entry builds its instants on each read
        final Instant releaseAt;
        long remaining;

        MutableLot(LedgerEntry entry, int sequence) {
            this.entry = entry;
            this.sequence = sequence;
            this.expiresAt = entry.expiresAt();
            this.releaseAt = entry.releaseAt();
            this.remaining = entry.points();
        }
    }
}
