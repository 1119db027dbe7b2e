package dev.annexkit.mock.domain.product;

import dev.annexkit.mock.domain.error.DomainException;
import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.error.MissingField;
import dev.annexkit.mock.domain.kernel.CallGuard;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The product catalogue: point settings per product and category, and points of product lines. Every call runs
 * under the program lock and returns immutable values.
 */
public final class Products {

    private final ProductContext state;
    private final CallGuard lock;

    public Products(ProductContext state, CallGuard lock) {
        this.state = state;
        this.lock = lock;
    }

    /**
     * Prices each line (points for its quantity and price); a product the catalogue does not know is registered
     * with the default settings, its line's price and name. {@code memberId}, when given, must be a member.
     */
    public List<PricedLine> calculate(String memberId, List<ProductQuote> lines) {
        return lock.call(() -> {
            if (memberId != null) {
                state.members().get(memberId);
            }
            if (lines == null || lines.isEmpty()) {
                throw new MissingField("productDetail");
            }
            for (int i = 0; i < lines.size(); i++) {
                Pricing.check(state.products(), lines.get(i), "productDetail[" + i + "]");
            }
            List<PricedLine> priced = new ArrayList<>();
            for (ProductQuote line : lines) {
                if (state.products().isNew(line.productId())) {
                    CategoryChange category = line.categoryId() == null ? null
                            : new CategoryChange(line.categoryId(), line.categoryName(), null, null, null, null);
                    state.products().apply(new ProductChange(line.productId(), null, line.productName(),
                            line.unitPrice(), null, null, null, null, null, category));
                }
                priced.add(Pricing.price(state.products(), line, BigDecimal.ONE));
            }
            return List.copyOf(priced);
        });
    }

    public ProductView product(String productId) {
        return lock.call(() -> state.products().view(productId));
    }

    /** Changes a known product's settings (and its category's); {@code change.productId()} may be null. */
    public ProductView update(String productId, ProductChange change) {
        return lock.call(() -> {
            if (change.productId() != null && !change.productId().equals(productId)) {
                throw new InvalidField("productDetail.productId", "must equal the path's product id " + productId
                        + ", was " + change.productId());
            }
            ProductChange keyed = withId(change, productId);
            state.products().check(keyed, true);
            return state.products().apply(keyed);
        });
    }

    /** Creates or updates each entry on its own; results in input order. */
    public List<BulkProductResult> upsertInBulk(List<ProductChange> changes) {
        return lock.call(() -> {
            List<BulkProductResult> results = new ArrayList<>();
            for (ProductChange change : changes) {
                try {
                    state.products().check(change, false);
                    boolean created = state.products().isNew(change.productId());
                    results.add(new BulkProductResult.Applied(state.products().apply(change), created));
                } catch (DomainException e) {
                    results.add(new BulkProductResult.Rejected(change.productId(), e));
                }
            }
            return List.copyOf(results);
        });
    }

    private static ProductChange withId(ProductChange c, String productId) {
        return new ProductChange(productId, c.awardBasis(), c.name(), c.price(), c.pointType(), c.ratio(),
                c.bonusPoints(), c.bonusFlag(), c.minimumUnits(), c.category());
    }
}
