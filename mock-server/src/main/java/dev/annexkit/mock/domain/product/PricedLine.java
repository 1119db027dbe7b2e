package dev.annexkit.mock.domain.product;

import java.math.BigDecimal;

/**
 * A priced product line.
 *
 * @param pointsPerUnit exact points of one unit (campaign multiplier included)
 * @param points        exact points of the line
 * @param ratio         the points-per-currency ratio applied (0 when the product earns nothing or a bonus)
 * @param calculation   how the points came about, for people, e.g. {@code 12.50 x 2 x 2}
 */
public record PricedLine(String productId, long quantity, BigDecimal unitPrice, BigDecimal pointsPerUnit,
                         BigDecimal points, BigDecimal ratio, String calculation) {

    /** The line's points as whole points (half up), as they are booked. */
    public long wholePoints() {
        return EarningRule.wholePoints(pointsPerUnit, quantity);
    }
}
