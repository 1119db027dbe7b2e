package dev.annexkit.mock.domain.ledger;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One immutable line of a member's points history. The ledger only ever appends these; balances, lots and expiry
 * are derived from them, and a correction is a new entry that names the one it reverses.
 *
 * <p>A value with record semantics (accessors, {@code equals}, {@code hashCode} and {@code toString} as the record
 * {@code LedgerEntry(entryId, memberId, actionId, activity, points, reason, rewardId, rewardCode, orderId,
 * customId, storeId, pointType, createdAt, expiresAt, releaseAt, attributes, reversalOf, heldUntilReleased)}
 * would have them), but a class, so it can be stored compactly: a program holds millions. A canonical UUID id
 * is kept as two longs and times as epoch nanoseconds ({@code CompactIds}, {@code EpochNanos}); anything else
 * (free-text ids, instants beyond 1677–2262) and the fields most entries leave empty live in a side object
 * made only when one is set. Every accessor gives back exactly what the constructor was given.
 *
 * <p>Components:
 * {@code entryId} UUID-style id (the API's {@code activityId});
 * {@code points} always positive, {@code activity} gives the direction;
 * {@code expiresAt} credits only: when the unspent rest of this credit expires, null = never;
 * {@code releaseAt} credits only: before this instant the credit is on hold (not spendable), null = released;
 * {@code attributes} custom transaction attributes (a redemption copies the reward's here);
 * {@code reversalOf} on a credit: id of the debit it gives back (a refund); such credits do not count as
 * lifetime points — they undo usage instead. On a debit: id of the credit it takes back (a void, e.g. a
 * cancelled order's held points); it takes only from that credit's lot and lowers lifetime points instead of
 * raising usage;
 * {@code heldUntilReleased} credits only: on hold with no release date yet (e.g. an order not shipped); such a
 * credit never becomes spendable by itself: it is settled by voiding it, in part or in full, and booking what
 * is released as a new credit (pending, then post or void).
 */
public final class LedgerEntry {

    private static final byte CREDIT = 1;
    private static final byte HELD = 2;

    // 12-byte header + 5 longs + int + 3 references + byte = 69, padded to 72 bytes per entry
    private final long idHigh;
    private final long idLow;
    private final long createdNanos;
    private final long expiresNanos;
    private final long points;
    private final int actionId;
    private final String memberId;
    private final String reason;
    private final Details details;
    private final byte flags;

    public LedgerEntry(String entryId, String memberId, int actionId, Activity activity, long points, String reason,
                       String rewardId, String rewardCode, String orderId, String customId, String storeId,
                       String pointType, Instant createdAt, Instant expiresAt, Instant releaseAt,
                       Map<String, String> attributes, String reversalOf, boolean heldUntilReleased) {
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

        boolean compactId = CompactIds.isCanonical(entryId);
        this.idHigh = compactId ? CompactIds.high(entryId) : 0;
        this.idLow = compactId ? CompactIds.low(entryId) : 0;
        this.createdNanos = EpochNanos.of(createdAt);
        this.expiresNanos = EpochNanos.of(expiresAt);
        this.points = points;
        this.actionId = actionId;
        this.memberId = memberId;
        this.reason = reason;
        this.flags = (byte) ((activity == Activity.CREDIT ? CREDIT : 0) | (heldUntilReleased ? HELD : 0));
        Instant oddCreatedAt = EpochNanos.fits(createdAt) ? null : createdAt;
        Instant oddExpiresAt = EpochNanos.fits(expiresAt) ? null : expiresAt;
        boolean rare = !compactId || oddCreatedAt != null || oddExpiresAt != null || rewardId != null
                || rewardCode != null || orderId != null || customId != null || storeId != null || pointType != null
                || releaseAt != null || !attributes.isEmpty() || reversalOf != null;
        this.details = rare ? new Details(compactId ? null : entryId, oddCreatedAt, oddExpiresAt, rewardId,
                rewardCode, orderId, customId, storeId, pointType, releaseAt, attributes, reversalOf) : null;
    }

    /** An entry that is not held until further notice. */
    public LedgerEntry(String entryId, String memberId, int actionId, Activity activity, long points, String reason,
                       String rewardId, String rewardCode, String orderId, String customId, String storeId,
                       String pointType, Instant createdAt, Instant expiresAt, Instant releaseAt,
                       Map<String, String> attributes, String reversalOf) {
        this(entryId, memberId, actionId, activity, points, reason, rewardId, rewardCode, orderId, customId, storeId,
                pointType, createdAt, expiresAt, releaseAt, attributes, reversalOf, false);
    }

    /** A copy of {@code from} with another (equal) member id instance. */
    private LedgerEntry(LedgerEntry from, String memberId) {
        this.idHigh = from.idHigh;
        this.idLow = from.idLow;
        this.createdNanos = from.createdNanos;
        this.expiresNanos = from.expiresNanos;
        this.points = from.points;
        this.actionId = from.actionId;
        this.memberId = memberId;
        this.reason = from.reason;
        this.details = from.details;
        this.flags = from.flags;
    }

    /**
     * This entry holding {@code accountId} itself as its member id when the two are equal, else this entry: a
     * restored ledger then keeps one id string per account instead of one per entry read from the file.
     */
    LedgerEntry sharingMemberId(String accountId) {
        return memberId != accountId && memberId.equals(accountId) ? new LedgerEntry(this, accountId) : this;
    }

    /** The same entry under another member (a merge moves history, it does not rewrite it). */
    public LedgerEntry ownedBy(String newMemberId) {
        return new LedgerEntry(entryId(), newMemberId, actionId, activity(), points, reason, rewardId(),
                rewardCode(), orderId(), customId(), storeId(), pointType(), createdAt(), expiresAt(), releaseAt(),
                attributes(), reversalOf(), heldUntilReleased());
    }

    public String entryId() {
        return details != null && details.entryId != null ? details.entryId : CompactIds.text(idHigh, idLow);
    }

    public String memberId() {
        return memberId;
    }

    public int actionId() {
        return actionId;
    }

    public Activity activity() {
        return (flags & CREDIT) != 0 ? Activity.CREDIT : Activity.DEBIT;
    }

    public long points() {
        return points;
    }

    public String reason() {
        return reason;
    }

    public String rewardId() {
        return details == null ? null : details.rewardId;
    }

    public String rewardCode() {
        return details == null ? null : details.rewardCode;
    }

    public String orderId() {
        return details == null ? null : details.orderId;
    }

    public String customId() {
        return details == null ? null : details.customId;
    }

    public String storeId() {
        return details == null ? null : details.storeId;
    }

    public String pointType() {
        return details == null ? null : details.pointType;
    }

    public Instant createdAt() {
        return details != null && details.createdAt != null ? details.createdAt : EpochNanos.instant(createdNanos);
    }

    public Instant expiresAt() {
        return details != null && details.expiresAt != null ? details.expiresAt : EpochNanos.instant(expiresNanos);
    }

    public Instant releaseAt() {
        return details == null ? null : details.releaseAt;
    }

    public Map<String, String> attributes() {
        return details == null ? Map.of() : details.attributes;
    }

    public String reversalOf() {
        return details == null ? null : details.reversalOf;
    }

    public boolean heldUntilReleased() {
        return (flags & HELD) != 0;
    }

    public boolean isCredit() {
        return (flags & CREDIT) != 0;
    }

    public boolean isReversal() {
        return reversalOf() != null;
    }

    /** A debit that takes back (part of) one credit rather than spending points. */
    public boolean isVoid() {
        return !isCredit() && isReversal();
    }

    /** Equal when every component is: the stored form is a function of the components. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof LedgerEntry e && idHigh == e.idHigh && idLow == e.idLow
                && createdNanos == e.createdNanos && expiresNanos == e.expiresNanos && points == e.points
                && actionId == e.actionId && flags == e.flags && memberId.equals(e.memberId)
                && Objects.equals(reason, e.reason) && Objects.equals(details, e.details);
    }

    @Override
    public int hashCode() {
        int h = Long.hashCode(idHigh);
        h = 31 * h + Long.hashCode(idLow);
        h = 31 * h + Long.hashCode(createdNanos);
        h = 31 * h + Long.hashCode(points);
        h = 31 * h + memberId.hashCode();
        h = 31 * h + actionId;
        h = 31 * h + flags;
        return 31 * h + Objects.hashCode(details);
    }

    @Override
    public String toString() {
        return "LedgerEntry[entryId=" + entryId() + ", memberId=" + memberId + ", actionId=" + actionId
                + ", activity=" + activity() + ", points=" + points + ", reason=" + reason
                + ", rewardId=" + rewardId() + ", rewardCode=" + rewardCode() + ", orderId=" + orderId()
                + ", customId=" + customId() + ", storeId=" + storeId() + ", pointType=" + pointType()
                + ", createdAt=" + createdAt() + ", expiresAt=" + expiresAt() + ", releaseAt=" + releaseAt()
                + ", attributes=" + attributes() + ", reversalOf=" + reversalOf()
                + ", heldUntilReleased=" + heldUntilReleased() + "]";
    }

    /**
     * What most entries leave empty, plus the rare id or instant the compact fields cannot hold (null when they
     * hold it); an entry points to one only when something here is set.
     */
    private record Details(String entryId, Instant createdAt, Instant expiresAt, String rewardId,
            String rewardCode, String orderId, String customId, String storeId, String pointType, Instant releaseAt,
            Map<String, String> attributes, String reversalOf) {
    }
}
