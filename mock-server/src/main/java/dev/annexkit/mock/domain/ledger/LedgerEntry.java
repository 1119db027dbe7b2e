package dev.annexkit.mock.domain.ledger;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One immutable line of a member's points history. The ledger only ever appends these; balances, lots and expiry
 * are derived from them, and a correction is a new entry that names the one it reverses.
 *
 * @param entryId    UUID-style id (the API's {@code activityId})
 * @param points     always positive; {@link #activity} gives the direction
 * @param expiresAt  credits only: when the unspent rest of this credit expires; null = never
 * @param releaseAt  credits only: before this instant the credit is on hold (not spendable); null = released
 * @param attributes custom transaction attributes (a redemption copies the reward's here)
 * @param reversalOf on a credit: id of the debit it gives back (a refund); such credits do not count as
 *                   lifetime points — they undo usage instead. On a debit: id of the credit it takes back
 *                   (a void, e.g. a cancelled order's held points); it takes only from that credit's lot and
 *                   lowers lifetime points instead of raising usage
 * @param heldUntilReleased credits only: on hold with no release date yet (e.g. an order not shipped); such a
 *                   credit never becomes spendable by itself: it is settled by voiding it, in part or in full,
 *                   and booking what is released as a new credit (pending, then post or void)
 */
public record LedgerEntry(
        String entryId,
        String memberId,
        int actionId,
        Activity activity,
        long points,
        String reason,
        String rewardId,
        String rewardCode,
        String orderId,
        String customId,
        String storeId,
        String pointType,
        Instant createdAt,
        Instant expiresAt,
        Instant releaseAt,
        Map<String, String> attributes,
        String reversalOf,
        boolean heldUntilReleased) {

    /** An entry that is not held until further notice. */
    public LedgerEntry(String entryId, String memberId, int actionId, Activity activity, long points, String reason,
                       String rewardId, String rewardCode, String orderId, String customId, String storeId,
                       String pointType, Instant createdAt, Instant expiresAt, Instant releaseAt,
                       Map<String, String> attributes, String reversalOf) {
        this(entryId, memberId, actionId, activity, points, reason, rewardId, rewardCode, orderId, customId, storeId,
                pointType, createdAt, expiresAt, releaseAt, attributes, reversalOf, false);
    }

    public LedgerEntry {
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(createdAt, "createdAt");
        if (points <= 0) {
            throw new IllegalArgumentException("ledger points must be positive: " + points);
        }
        if (activity == Activity.DEBIT && (expiresAt != null || releaseAt != null || heldUntilReleased)) {
            throw new IllegalArgumentException("only credits carry expiry or hold");
        }
        if (heldUntilReleased && releaseAt != null) {
            throw new IllegalArgumentException("a credit held until released has no release date");
        }
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /** The same entry under another member (a merge moves history, it does not rewrite it). */
    public LedgerEntry ownedBy(String newMemberId) {
        return new LedgerEntry(entryId, newMemberId, actionId, activity, points, reason, rewardId, rewardCode,
                orderId, customId, storeId, pointType, createdAt, expiresAt, releaseAt, attributes, reversalOf);
    }

    public boolean isCredit() {
        return activity == Activity.CREDIT;
    }

    public boolean isReversal() {
        return reversalOf != null;
    }

    /** A debit that takes back (part of) one credit rather than spending points. */
    public boolean isVoid() {
        return activity == Activity.DEBIT && reversalOf != null;
    }
}
