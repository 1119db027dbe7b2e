package dev.annexkit.mock.domain.product;

/** A product with its category (null when it has none or the category is unknown). */
public record ProductView(Product product, Category category) {
}
