package dev.annexkit.mock.domain.reward;

import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The codes loaded into one coupon-based reward. Codes leave the pool in upload order and never come back:
 * a code is handed out at most once, even when its assignment is cancelled (the member may have seen it).
 * Mutable; only {@link RewardCatalog} touches it, under the program lock.
 */
final class CouponPool {

    private final Set<String> unused = new LinkedHashSet<>();
    private final Set<String> issued = new HashSet<>();
    private final Set<String> redeemed = new HashSet<>();

    void restore(CouponCodes codes) {
        unused.addAll(codes.unused());
        issued.addAll(codes.issued());
        redeemed.addAll(codes.redeemed());
    }

    boolean contains(String code) {
        return unused.contains(code) || issued.contains(code);
    }

    void add(String code) {
        unused.add(code);
    }

    boolean hasStock() {
        return !unused.isEmpty();
    }

    /** Hands out the oldest unused code. */
    String issue() {
        Iterator<String> it = unused.iterator();
        if (!it.hasNext()) {
            throw new IllegalStateException("pool empty; check hasStock() first");
        }
        String code = it.next();
        it.remove();
        issued.add(code);
        return code;
    }

    /** Records that an issued code was used; idempotent. */
    void markRedeemed(String code) {
        if (issued.contains(code)) {
            redeemed.add(code);
        }
    }

    CouponCodes codes(String rewardId) {
        return new CouponCodes(rewardId, List.copyOf(unused), issued.stream().sorted().toList(),
                redeemed.stream().sorted().toList());
    }

    CouponPoolCounts counts() {
        return new CouponPoolCounts(unused.size() + issued.size(), issued.size(), redeemed.size(), unused.size());
    }
}
