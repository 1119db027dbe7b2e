package dev.annexkit.mock.domain.product;

import java.math.BigDecimal;

/**
 * A product category's point settings; products that do not set their own use these.
 *
 * @param pointType null = not set (earns by ratio)
 * @param ratio     points per currency unit; null = not set (1)
 */
public record Category(String categoryId, String name, PointType pointType, BigDecimal ratio, Long bonusPoints,
                       Boolean bonusFlag) {

    /** This category with the non-null settings of {@code change} applied. */
    public Category merge(CategoryChange change) {
        return new Category(categoryId,
                change.name() != null ? change.name() : name,
                change.pointType() != null ? change.pointType() : pointType,
                change.ratio() != null ? change.ratio() : ratio,
                change.bonusPoints() != null ? change.bonusPoints() : bonusPoints,
                change.bonusFlag() != null ? change.bonusFlag() : bonusFlag);
    }
}
