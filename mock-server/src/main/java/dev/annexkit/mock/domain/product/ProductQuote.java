package dev.annexkit.mock.domain.product;

import java.math.BigDecimal;

/**
 * A product line to price: order lines, cart lines and product-points lines all come down to this.
 *
 * @param quantity  units; null = 1
 * @param unitPrice null = the catalogue price
 */
public record ProductQuote(String productId, Long quantity, BigDecimal unitPrice, String productName,
                           String categoryId, String categoryName) {

    public static ProductQuote of(String productId, long quantity, String unitPrice) {
        return new ProductQuote(productId, quantity, new BigDecimal(unitPrice), null, null, null);
    }
}
