package dev.annexkit.mock.domain.reward;

/** A reward definition together with its live coupon stock, as read operations return it. */
public record RewardView(Reward reward, CouponPoolCounts coupons) {
}
