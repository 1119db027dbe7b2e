package dev.annexkit.mock.domain.reward;

/**
 * Stock counters of a reward's coupon pool. {@code total == issued + available}; {@code redeemed ≤ issued}.
 *
 * @param issued    codes handed to members (redeemed, awaiting use, or voided by a cancellation)
 * @param available codes never handed out
 */
public record CouponPoolCounts(long total, long issued, long redeemed, long available) {

    public static final CouponPoolCounts EMPTY = new CouponPoolCounts(0, 0, 0, 0);
}
