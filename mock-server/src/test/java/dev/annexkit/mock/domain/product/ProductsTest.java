package dev.annexkit.mock.domain.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annexkit.mock.domain.ProgramFixture;
import dev.annexkit.mock.domain.error.MemberNotFound;
import dev.annexkit.mock.domain.error.MissingField;
import dev.annexkit.mock.domain.error.ProductNotFound;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ProductsTest {

    private final ProgramFixture f = ProgramFixture.noExpiry();
    private final Products products = f.program.products();

    private static ProductChange priced(String id, String price) {
        return new ProductChange(id, null, null, new BigDecimal(price), null, null, null, null, null, null);
    }

    @Nested
    class Calculate {

        @Test
        void unknownProductsAreRegisteredAndEarnOnePointPerCurrencyUnit() {
            List<PricedLine> lines = products.calculate(null, List.of(
                    new ProductQuote("SKU9", 2L, new BigDecimal("12.50"), "Travel mug", "Cat1", "Gadgets")));

            assertThat(lines.get(0).points()).isEqualByComparingTo("25");
            assertThat(lines.get(0).calculation()).isEqualTo("12.50 x 2 x 1");
            assertThat(products.product("SKU9").product().name()).isEqualTo("Travel mug");
            assertThat(products.product("SKU9").category().name()).isEqualTo("Gadgets");
        }

        @Test
        void pointTypeRatioMinimumAndBonusDecideThePoints() {
            products.upsertInBulk(List.of(
                    new ProductChange("R", null, null, BigDecimal.TEN, PointType.YES, new BigDecimal("2"), null,
                            null, null, null),
                    new ProductChange("N", null, null, BigDecimal.TEN, PointType.NO, null, null, null, null, null),
                    new ProductChange("B", null, null, BigDecimal.TEN, PointType.BONUS, null, 100L, true, null,
                            null),
                    new ProductChange("M", null, null, BigDecimal.TEN, null, null, null, null, 3, null)));

            List<PricedLine> lines = products.calculate(null, List.of(new ProductQuote("R", 2L, null, null, null,
                    null), new ProductQuote("N", 1L, null, null, null, null), new ProductQuote("B", 2L, null, null,
                    null, null), new ProductQuote("M", 2L, null, null, null, null)));

            assertThat(lines).extracting(PricedLine::wholePoints).containsExactly(40L, 0L, 200L, 0L);
        }

        @Test
        void aProductWithoutItsOwnSettingUsesItsCategorysAndCategoryBasisIgnoresTheProducts() {
            CategoryChange cat = new CategoryChange("C", "Cat", PointType.YES, new BigDecimal("3"), null, null);
            products.upsertInBulk(List.of(
                    new ProductChange("P", AwardBasis.PRODUCT, null, BigDecimal.ONE, null, null, null, null, null,
                            cat),
                    new ProductChange("Q", AwardBasis.CATEGORY, null, BigDecimal.ONE, PointType.YES,
                            new BigDecimal("10"), null, null, null, cat)));

            assertThat(products.calculate(null, List.of(new ProductQuote("P", 1L, null, null, null, null),
                    new ProductQuote("Q", 1L, null, null, null, null))))
                    .extracting(PricedLine::wholePoints).containsExactly(3L, 3L);
        }

        @Test
        void anUnknownMemberIsRejectedAndNothingIsRegistered() {
            assertThatThrownBy(() -> products.calculate("nobody", List.of(ProductQuote.of("Z", 1, "1"))))
                    .isInstanceOf(MemberNotFound.class);
            assertThatThrownBy(() -> products.product("Z")).isInstanceOf(ProductNotFound.class);
        }
    }

    @Nested
    class Upsert {

        @Test
        void eachEntryStandsAloneAndANewProductNeedsAPrice() {
            List<BulkProductResult> results = products.upsertInBulk(List.of(priced("A", "5"),
                    new ProductChange("B", null, "no price", null, null, null, null, null, null, null),
                    priced("A", "6")));

            assertThat(results.get(0)).isInstanceOfSatisfying(BulkProductResult.Applied.class,
                    a -> assertThat(a.created()).isTrue());
            assertThat(results.get(1)).isInstanceOfSatisfying(BulkProductResult.Rejected.class,
                    r -> assertThat(r.error()).isInstanceOf(MissingField.class));
            assertThat(results.get(2)).isInstanceOfSatisfying(BulkProductResult.Applied.class,
                    a -> assertThat(a.created()).isFalse());
            assertThat(products.product("A").product().price()).isEqualByComparingTo("6");
        }

        @Test
        void updateChangesOnlyTheGivenSettingsOfAKnownProduct() {
            products.upsertInBulk(List.of(priced("A", "5")));
            products.update("A", new ProductChange(null, null, null, null, PointType.BONUS, null, 7L, null, null,
                    null));
            Product a = products.product("A").product();
            assertThat(a.price()).isEqualByComparingTo("5");
            assertThat(a.pointType()).isEqualTo(PointType.BONUS);
            assertThatThrownBy(() -> products.update("nope", priced(null, "1")))
                    .isInstanceOf(ProductNotFound.class);
        }
    }
}
