package dev.annexkit.mock.domain.product;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How one product earns, with the product/category fallback already resolved.
 *
 * @param ratio        points per currency unit (used when {@code type} is YES)
 * @param bonusPerUnit points per unit (used when {@code type} is BONUS)
 * @param minimumUnits a line with fewer units earns nothing
 */
public record EarningRule(PointType type, BigDecimal ratio, long bonusPerUnit, int minimumUnits) {

    /** Unknown products earn one point per currency unit. */
    public static final EarningRule DEFAULT = new EarningRule(PointType.YES, BigDecimal.ONE, 0, 0);

    /** Points one unit earns at this price, in a line of {@code quantity} units (exact, not rounded). */
    public BigDecimal pointsPerUnit(BigDecimal unitPrice, long quantity) {
        if (quantity < minimumUnits) {
            return BigDecimal.ZERO;
        }
        return switch (type) {
            case YES -> unitPrice.multiply(ratio);
            case BONUS -> BigDecimal.valueOf(bonusPerUnit);
            case NO -> BigDecimal.ZERO;
        };
    }

    /** Whole points for {@code units} units at {@code perUnit} each, rounded half up. */
    public static long wholePoints(BigDecimal perUnit, long units) {
        return perUnit.multiply(BigDecimal.valueOf(units)).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
