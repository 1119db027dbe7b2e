package dev.annexkit.mock.domain.product;

import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.error.MissingField;
import java.math.BigDecimal;

/** Prices product lines against the catalogue: per line, unit price × ratio × quantity (× campaign multiplier). */
public final class Pricing {

    private Pricing() {
    }

    /** Checks a line's shape; {@code field} prefixes the field names in errors (e.g. {@code orderDetail[0]}). */
    public static void check(ProductCatalog catalog, ProductQuote quote, String field) {
        if (quote.productId() == null || quote.productId().isBlank()) {
            throw new MissingField(field + ".id");
        }
        if (quote.quantity() != null && quote.quantity() <= 0) {
            throw new InvalidField(field + ".quantity", "must be a positive number of units");
        }
        if (quote.unitPrice() != null && quote.unitPrice().signum() < 0) {
            throw new InvalidField(field + ".unitPrice", "must not be negative");
        }
        if (quote.unitPrice() == null && catalog.find(quote.productId()).map(Product::price).isEmpty()) {
            throw new MissingField(field + ".unitPrice");
        }
    }

    /** Prices a checked line. {@code multiplier} is the campaign multiplier (1 without a campaign). */
    public static PricedLine price(ProductCatalog catalog, ProductQuote quote, BigDecimal multiplier) {
        long quantity = quote.quantity() == null ? 1 : quote.quantity();
        BigDecimal unitPrice = quote.unitPrice() != null ? quote.unitPrice()
                : catalog.find(quote.productId()).map(Product::price).orElseThrow();
        EarningRule rule = catalog.ruleFor(quote.productId(), quote.categoryId());
        BigDecimal perUnit = rule.pointsPerUnit(unitPrice, quantity).multiply(multiplier);
        BigDecimal ratio = rule.type() == PointType.YES && perUnit.signum() > 0 ? rule.ratio() : BigDecimal.ZERO;
        String calculation;
        if (quantity < rule.minimumUnits()) {
            calculation = "0 (" + quantity + " below the minimum of " + rule.minimumUnits() + " units)";
        } else {
            calculation = switch (rule.type()) {
                case YES -> unitPrice.toPlainString() + " x " + quantity + " x " + rule.ratio().toPlainString();
                case BONUS -> rule.bonusPerUnit() + " x " + quantity + " (bonus)";
                case NO -> "0 (earns no points)";
            };
            if (multiplier.compareTo(BigDecimal.ONE) != 0 && perUnit.signum() > 0) {
                calculation += " x " + multiplier.toPlainString() + " (campaign)";
            }
        }
        return new PricedLine(quote.productId(), quantity, unitPrice, perUnit,
                perUnit.multiply(BigDecimal.valueOf(quantity)), ratio, calculation);
    }
}
