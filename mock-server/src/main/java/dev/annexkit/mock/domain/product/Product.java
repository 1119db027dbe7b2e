package dev.annexkit.mock.domain.product;

import java.math.BigDecimal;

/**
 * A catalogue product and its own point settings; null settings fall back to the category's.
 *
 * @param minimumUnits units a line must have before it earns anything; null = no minimum
 * @param awardBasis   which settings govern its points
 */
public record Product(String productId, String name, BigDecimal price, PointType pointType, BigDecimal ratio,
                      Long bonusPoints, Boolean bonusFlag, Integer minimumUnits, String categoryId,
                      AwardBasis awardBasis) {

    /** This product with the non-null settings of {@code change} applied. */
    public Product merge(ProductChange change) {
        return new Product(productId,
                change.name() != null ? change.name() : name,
                change.price() != null ? change.price() : price,
                change.pointType() != null ? change.pointType() : pointType,
                change.ratio() != null ? change.ratio() : ratio,
                change.bonusPoints() != null ? change.bonusPoints() : bonusPoints,
                change.bonusFlag() != null ? change.bonusFlag() : bonusFlag,
                change.minimumUnits() != null ? change.minimumUnits() : minimumUnits,
                change.category() != null ? change.category().categoryId() : categoryId,
                change.awardBasis() != null ? change.awardBasis() : awardBasis);
    }
}
