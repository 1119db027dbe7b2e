package dev.annexkit.mock.domain.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The seam through which running campaigns multiply purchase points: the order desk asks it once per line.
 * The default, {@link #NONE}, gives no bonus; the campaigns area plugs its own in.
 */
@FunctionalInterface
public interface PurchaseBonus {

    /** No campaign: every line earns its catalogue points. */
    PurchaseBonus NONE = context -> BigDecimal.ONE;

    /** What a line is bought with: member, store, coupons, product and category, and when. */
    record Context(String memberId, String storeId, List<String> coupons, String productId, String categoryId,
                   Instant at) {
    }

    /** The multiplier for this line's points; 1 = no bonus. Never negative. */
    BigDecimal multiplier(Context context);
}
