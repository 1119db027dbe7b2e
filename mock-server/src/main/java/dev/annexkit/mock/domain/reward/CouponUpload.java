package dev.annexkit.mock.domain.reward;

import java.util.List;

/**
 * Result of loading coupon codes into a reward: codes are judged one by one, so a bad code does not sink
 * the good ones.
 *
 * @param accepted codes added to the pool, in upload order
 * @param rejected codes not added, with reasons
 * @param counts   pool counters after the upload
 */
public record CouponUpload(List<String> accepted, List<RejectedCoupon> rejected, CouponPoolCounts counts) {

    public CouponUpload {
        accepted = List.copyOf(accepted);
        rejected = List.copyOf(rejected);
    }
}
