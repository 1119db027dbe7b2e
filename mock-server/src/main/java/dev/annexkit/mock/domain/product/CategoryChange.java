package dev.annexkit.mock.domain.product;

import java.math.BigDecimal;

/** Category settings to set; null fields keep their value. {@code categoryId} is required. */
public record CategoryChange(String categoryId, String name, PointType pointType, BigDecimal ratio,
                             Long bonusPoints, Boolean bonusFlag) {
}
