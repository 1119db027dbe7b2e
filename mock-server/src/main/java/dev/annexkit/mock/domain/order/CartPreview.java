package dev.annexkit.mock.domain.order;

import dev.annexkit.mock.domain.ledger.PointBalance;
import dev.annexkit.mock.domain.product.PricedLine;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a cart would earn, and the member's balance now and after such an order. Nothing is booked.
 *
 * @param held             whether the cart's points would be held (the site holds purchase points)
 * @param pointValue       currency value of one point
 */
public record CartPreview(String memberId, PointBalance balance, long appliedPoints, List<PricedLine> lines,
                          BigDecimal cartPoints, long availableAfter, long holdAfter, boolean held,
                          BigDecimal pointValue) {

    public CartPreview {
        lines = List.copyOf(lines);
    }
}
