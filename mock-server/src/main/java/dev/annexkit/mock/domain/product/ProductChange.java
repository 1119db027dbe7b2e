package dev.annexkit.mock.domain.product;

import java.math.BigDecimal;

/**
 * Point settings to set on one product (and optionally its category); null fields keep their value. Creating a
 * product needs at least its price.
 */
public record ProductChange(String productId, AwardBasis awardBasis, String name, BigDecimal price,
                            PointType pointType, BigDecimal ratio, Long bonusPoints, Boolean bonusFlag,
                            Integer minimumUnits, CategoryChange category) {
}
