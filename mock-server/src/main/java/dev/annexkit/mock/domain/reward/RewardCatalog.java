package dev.annexkit.mock.domain.reward;

import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.error.MissingField;
import dev.annexkit.mock.domain.error.RewardNotFound;
import dev.annexkit.mock.domain.error.RewardNotLive;
import dev.annexkit.mock.domain.error.RewardOutOfStock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reward definitions and their coupon pools. Guarded by the program lock. */
public final class RewardCatalog {

    private static final Comparator<Reward> DISPLAY_ORDER =
            Comparator.comparingInt(Reward::sequence).thenComparing(Reward::rewardId);

    private final Map<String, Reward> rewards = new HashMap<>();
    private final Map<String, CouponPool> pools = new HashMap<>();

    /** Adds or replaces a definition; a redefinition keeps the creation date and the coupon pool. */
    public RewardView define(Reward reward, Instant now) {
        Reward old = rewards.get(reward.rewardId());
        Reward stamped = reward.stamped(old == null ? now : old.createdAt(), now);
        rewards.put(stamped.rewardId(), stamped);
        pools.computeIfAbsent(stamped.rewardId(), id -> new CouponPool());
        return view(stamped);
    }

    /** Puts back a definition and its pool exactly as saved (restoring a state export). */
    public void restore(Reward reward, CouponCodes codes) {
        rewards.put(reward.rewardId(), reward);
        CouponPool pool = new CouponPool();
        if (codes != null) {
            pool.restore(codes);
        }
        pools.put(reward.rewardId(), pool);
    }

    public Reward get(String rewardId) {
        Reward reward = rewardId == null ? null : rewards.get(rewardId);
        if (reward == null) {
            throw new RewardNotFound(rewardId);
        }
        return reward;
    }

    public Optional<Reward> find(String rewardId) {
        return Optional.ofNullable(rewardId == null ? null : rewards.get(rewardId));
    }

    /** The reward, provided it can be handed out right now. */
    public Reward getLive(String rewardId) {
        Reward reward = get(rewardId);
        if (reward.status() != RewardStatus.LIVE) {
            throw new RewardNotLive(rewardId, reward.status().displayName());
        }
        return reward;
    }

    public RewardView view(String rewardId) {
        return view(get(rewardId));
    }

    /** Matching rewards in display order (sequence, then id). */
    public List<RewardView> list(RewardFilter filter) {
        return rewards.values().stream().filter(filter::accepts).sorted(DISPLAY_ORDER).map(this::view).toList();
    }

    /** Throws {@link RewardOutOfStock} when a coupon-based reward has no code left; free of side effects. */
    public void requireStock(Reward reward) {
        if (reward.couponBased() && !pools.get(reward.rewardId()).hasStock()) {
            throw new RewardOutOfStock(reward.rewardId());
        }
    }

    /** Hands out one code for a coupon-based reward, or returns null for other rewards. */
    public String issueCoupon(Reward reward) {
        if (!reward.couponBased()) {
            return null;
        }
        requireStock(reward);
        return pools.get(reward.rewardId()).issue();
    }

    public void markRedeemed(String rewardId, String code) {
        if (code != null) {
            pools.get(rewardId).markRedeemed(code);
        }
    }

    /** Loads codes into a Live reward's pool, judging each code on its own. */
    public CouponUpload addCoupons(String rewardId, List<String> codes) {
        getLive(rewardId);
        if (codes == null) {
            throw new MissingField("coupons");
        }
        if (codes.isEmpty() || codes.size() > CouponCodeRule.MAX_PER_UPLOAD) {
            throw new InvalidField("coupons", "an upload takes 1 to " + CouponCodeRule.MAX_PER_UPLOAD
                    + " codes, got " + codes.size());
        }
        CouponPool pool = pools.get(rewardId);
        List<String> accepted = new ArrayList<>();
        List<RejectedCoupon> rejected = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String code : codes) {
            Optional<String> problem = CouponCodeRule.problemWith(code);
            if (problem.isEmpty() && !seen.add(code)) {
                problem = Optional.of("duplicate code in this upload");
            } else if (problem.isEmpty() && pool.contains(code)) {
                problem = Optional.of("code already in the pool");
            }
            if (problem.isPresent()) {
                rejected.add(new RejectedCoupon(code, problem.get()));
            } else {
                accepted.add(code);
            }
        }
        accepted.forEach(pool::add);
        return new CouponUpload(accepted, rejected, pool.counts());
    }

    /** Every reward definition, by id. */
    public List<Reward> all() {
        return rewards.values().stream().sorted(Comparator.comparing(Reward::rewardId)).toList();
    }

    /** The codes of a reward's pool by state. */
    public CouponCodes couponCodes(String rewardId) {
        get(rewardId);
        return pools.get(rewardId).codes(rewardId);
    }

    private RewardView view(Reward reward) {
        return new RewardView(reward, pools.get(reward.rewardId()).counts());
    }
}
