package dev.annexkit.mock.domain.product;

import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.error.MissingField;
import dev.annexkit.mock.domain.error.ProductNotFound;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Products and categories with their point settings. A product that does not set a setting uses its
 * category's; a product the catalogue does not know earns one point per currency unit (or its category's
 * settings when the order names a known category). Guarded by the program lock.
 */
public final class ProductCatalog {

    private final Map<String, Product> products = new HashMap<>();
    private final Map<String, Category> categories = new HashMap<>();

    public Optional<Product> find(String productId) {
        return Optional.ofNullable(products.get(productId));
    }

    public ProductView view(String productId) {
        Product product = find(productId).orElseThrow(() -> new ProductNotFound(productId));
        return new ProductView(product, product.categoryId() == null ? null : categories.get(product.categoryId()));
    }

    /** Checks a change without applying it; {@code mustExist} for an update of a known product. */
    public void check(ProductChange change, boolean mustExist) {
        if (change.productId() == null || change.productId().isBlank()) {
            throw new MissingField("productDetail.productId");
        }
        boolean exists = products.containsKey(change.productId());
        if (mustExist && !exists) {
            throw new ProductNotFound(change.productId());
        }
        if (!exists && change.price() == null) {
            throw new MissingField("productPrice");
        }
        nonNegative("productPrice", change.price());
        nonNegative("productPointRatio", change.ratio());
        if (change.minimumUnits() != null && change.minimumUnits() < 0) {
            throw new InvalidField("productMinimumLimit", "must not be negative");
        }
        if (change.bonusPoints() != null && change.bonusPoints() < 0) {
            throw new InvalidField("productBonus", "must not be negative");
        }
        CategoryChange category = change.category();
        if (category != null) {
            if (category.categoryId() == null || category.categoryId().isBlank()) {
                throw new MissingField("categoryDetail.categoryId");
            }
            nonNegative("categoryPointRatio", category.ratio());
        }
        if (change.awardBasis() == AwardBasis.CATEGORY && category == null && !exists) {
            throw new MissingField("categoryDetail");
        }
    }

    /** Creates or updates a product (and its category); call {@link #check} first. */
    public ProductView apply(ProductChange change) {
        check(change, false);
        if (change.category() != null) {
            CategoryChange c = change.category();
            Category current = categories.getOrDefault(c.categoryId(),
                    new Category(c.categoryId(), null, null, null, null, null));
            categories.put(c.categoryId(), current.merge(c));
        }
        Product current = products.getOrDefault(change.productId(), new Product(change.productId(), null, null,
                null, null, null, null, null, null, AwardBasis.PRODUCT));
        products.put(change.productId(), current.merge(change));
        return view(change.productId());
    }

    /** Whether applying this change would create the product rather than update it. */
    public boolean isNew(String productId) {
        return !products.containsKey(productId);
    }

    /** The rule a line of this product earns by; {@code categoryHint} is the category the line names. */
    public EarningRule ruleFor(String productId, String categoryHint) {
        Product product = products.get(productId);
        String categoryId = product != null && product.categoryId() != null ? product.categoryId() : categoryHint;
        Category category = categoryId == null ? null : categories.get(categoryId);
        if (product == null && category == null) {
            return EarningRule.DEFAULT;
        }
        boolean categoryOnly = product == null || product.awardBasis() == AwardBasis.CATEGORY;
        PointType type = pick(categoryOnly ? null : product.pointType(), category == null ? null : category.pointType(),
                PointType.YES);
        BigDecimal ratio = pick(categoryOnly ? null : product.ratio(), category == null ? null : category.ratio(),
                BigDecimal.ONE);
        Long bonus = pick(categoryOnly ? null : product.bonusPoints(),
                category == null ? null : category.bonusPoints(), 0L);
        int minimum = product == null || product.minimumUnits() == null ? 0 : product.minimumUnits();
        return new EarningRule(type, ratio, bonus, minimum);
    }

    private static <T> T pick(T own, T fromCategory, T fallback) {
        return own != null ? own : fromCategory != null ? fromCategory : fallback;
    }

    private static void nonNegative(String field, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            throw new InvalidField(field, "must not be negative");
        }
    }

    /** Puts back products and categories exactly as saved (restoring a state export). */
    public void restore(java.util.List<Product> savedProducts, java.util.List<Category> savedCategories) {
        savedCategories.forEach(c -> categories.put(c.categoryId(), c));
        savedProducts.forEach(p -> products.put(p.productId(), p));
    }

    /** Every product, by id (for the state export). */
    public java.util.List<Product> products() {
        return products.values().stream().sorted(java.util.Comparator.comparing(Product::productId)).toList();
    }

    /** Every category, by id (for the state export). */
    public java.util.List<Category> categories() {
        return categories.values().stream().sorted(java.util.Comparator.comparing(Category::categoryId)).toList();
    }
}
