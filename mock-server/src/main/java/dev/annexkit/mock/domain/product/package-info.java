/**
 * Products and categories: the catalogue with its earning rules, and the pricing of a line into points;
 * façade {@code Products}, stored in {@code ProductCatalog}; orders price their lines with {@code Pricing}.
 * Reads the program state through {@code ProductContext}.
 */
package dev.annexkit.mock.domain.product;
