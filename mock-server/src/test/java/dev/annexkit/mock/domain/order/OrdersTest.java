package dev.annexkit.mock.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annexkit.mock.domain.ProgramFixture;
import dev.annexkit.mock.domain.ProgramSettings;
import dev.annexkit.mock.domain.error.MemberNotFound;
import dev.annexkit.mock.domain.error.OrderAlreadyExists;
import dev.annexkit.mock.domain.error.OrderClosed;
import dev.annexkit.mock.domain.error.OrderLineNotFound;
import dev.annexkit.mock.domain.error.OrderNotFound;
import dev.annexkit.mock.domain.error.OrderQuantityExceeded;
import dev.annexkit.mock.domain.error.OrderUnitsAlreadyShipped;
import dev.annexkit.mock.domain.error.OrderUnitsClosed;
import dev.annexkit.mock.domain.error.OrderUnitsNotShipped;
import dev.annexkit.mock.domain.ledger.LedgerEntry;
import dev.annexkit.mock.domain.ledger.PointBalance;
import dev.annexkit.mock.domain.ledger.PointsCommand;
import dev.annexkit.mock.domain.product.AwardBasis;
import dev.annexkit.mock.domain.product.CategoryChange;
import dev.annexkit.mock.domain.product.PointType;
import dev.annexkit.mock.domain.product.ProductChange;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OrdersTest {

    private static final String M = "ada@example.com";

    /** The worked example of the reference: lines 100×1, 200×2, 300×3 at ratio 1 earn 1400 points. */
    private static NewOrder order1400(String orderId) {
        return NewOrder.of(orderId, M, List.of(LineRequest.of("D1", 1, "100"), LineRequest.of("D2", 2, "200"),
                LineRequest.of("D3", 3, "300")));
    }

    /** A 140-point order: A 100×1 and B 10×4, so one unit of B is worth 10 points. */
    private static NewOrder order140(String orderId) {
        return NewOrder.of(orderId, M, List.of(LineRequest.of("A", 1, "100"), LineRequest.of("B", 4, "10")));
    }

    private static ProgramFixture fixture(OrderHoldPolicy hold) {
        ProgramFixture f = ProgramFixture.with(ProgramSettings.noExpiry().withOrderHold(hold));
        f.enroll(M);
        return f;
    }

    @Nested
    class Create {

        private final ProgramFixture f = fixture(OrderHoldPolicy.none());
        private final Orders orders = f.program.orders();

        @Test
        void pointsAreUnitPriceTimesRatioTimesQuantityOverTheLinesCreditedWithAction109() {
            OrderView view = orders.create(order1400("SO1"));

            assertThat(view.pointsAwarded()).isEqualTo(1400);
            assertThat(view.pointsOnHold()).isZero();
            assertThat(view.balance().available()).isEqualTo(1400);
            assertThat(view.balance().lifetime()).isEqualTo(1400);
            LedgerEntry credit = f.entries(M).get(0);
            assertThat(credit.actionId()).isEqualTo(109);
            assertThat(credit.orderId()).isEqualTo("SO1");
            f.assertInvariant(M);
        }

        @Test
        void productAndCategorySettingsDecideTheLinePoints() {
            f.program.products().upsertInBulk(List.of(
                    new ProductChange("X2", null, "Double", new BigDecimal("10"), PointType.YES,
                            new BigDecimal("2"), null, null, null, null),
                    new ProductChange("NONE", null, "Gift card", new BigDecimal("50"), PointType.NO, null, null,
                            null, null, null),
                    new ProductChange("BULK", null, "Bulk", new BigDecimal("1"), null, null, null, null, 10, null),
                    new ProductChange("BON", null, "Bonus", new BigDecimal("5"), PointType.BONUS, null, 25L, true,
                            null, null),
                    new ProductChange("CAT", AwardBasis.PRODUCT, "Gadget", new BigDecimal("20"), null, null, null,
                            null, null, new CategoryChange("Cat3", "Triple", PointType.YES, new BigDecimal("3"),
                            null, null))));

            OrderView view = orders.create(NewOrder.of("SO2", M, List.of(
                    LineRequest.of("X2", 1, "10"),     // 10 × 2 = 20
                    LineRequest.of("NONE", 1, "50"),   // excluded
                    LineRequest.of("BULK", 9, "1"),    // below the minimum of 10 units
                    LineRequest.of("BON", 2, "5"),     // 2 × 25 bonus
                    LineRequest.of("CAT", 1, "20")))); // no own ratio: the category's 3 → 60

            assertThat(view.pointsAwarded()).isEqualTo(20 + 50 + 60);
            f.assertInvariant(M);
        }

        @Test
        void aDuplicateOrderIdIsRejectedAndBooksNothing() {
            orders.create(order1400("SO1"));
            assertThatThrownBy(() -> orders.create(order140("SO1"))).isInstanceOf(OrderAlreadyExists.class)
                    .hasMessageContaining("SO1");
            assertThat(f.entries(M)).hasSize(1);
            f.assertInvariant(M);
        }

        @Test
        void anUnknownMemberIsRejected() {
            assertThatThrownBy(() -> orders.create(NewOrder.of("SO9", "nobody", List.of(LineRequest.of("A", 1, "1")))))
                    .isInstanceOf(MemberNotFound.class);
        }

        @Test
        void withoutACampaignTheDefaultPurchaseBonusMultipliesByOne() {
            assertThat(PurchaseBonus.NONE.multiplier(new PurchaseBonus.Context(M, null, List.of(), "A", null,
                    f.clock.instant()))).isEqualByComparingTo("1");
        }
    }

    @Nested
    class WithoutHold {

        private final ProgramFixture f = fixture(OrderHoldPolicy.none());
        private final Orders orders = f.program.orders();

        @Test
        void referenceTable1310PointOrderReturnsDebitAndCancelsKeepReleasedPoints() {
            // 1310 = 1000×1 + 10×31: one unit of B is 10 points
            NewOrder order = NewOrder.of("SO3", M, List.of(LineRequest.of("A", 1, "1000"),
                    LineRequest.of("B", 31, "10")));
            assertThat(orders.create(order).pointsAwarded()).isEqualTo(1310);
            orders.change("SO3", OrderChange.whole(OrderEvent.SHIP));

            OrderView partial = orders.change("SO3", OrderChange.of(OrderEvent.RETURN, LineRequest.units("B", 1L)));
            assertThat(partial.pointsRemoved()).isEqualTo(10);
            assertThat(partial.pointsAwarded()).isEqualTo(1300);
            assertThat(f.entries(M).get(f.entries(M).size() - 1).actionId()).isEqualTo(148);
            f.assertInvariant(M);

            OrderView full = orders.change("SO3", OrderChange.whole(OrderEvent.RETURN));
            assertThat(full.pointsRemoved()).isEqualTo(1300);
            assertThat(full.pointsAwarded()).isZero();
            assertThat(full.balance().available()).isZero();
            f.assertInvariant(M);
        }

        @Test
        void cancellingBeforeShippingKeepsTheReleasedPoints() {
            orders.create(order140("SO4"));
            assertThat(orders.change("SO4", OrderChange.of(OrderEvent.CANCEL, LineRequest.units("B", 1L)))
                    .pointsAwarded()).isEqualTo(140);
            assertThat(orders.change("SO4", OrderChange.whole(OrderEvent.CANCEL)).pointsAwarded()).isEqualTo(140);
            assertThat(f.available(M)).isEqualTo(140);
            f.assertInvariant(M);
        }

        @Test
        void aReturnNeverTakesTheBalanceBelowZero() {
            orders.create(order140("SO5"));
            orders.change("SO5", OrderChange.whole(OrderEvent.SHIP));
            f.program.points(PointsCommand.debit(M, 100, 100));

            OrderView view = orders.change("SO5", OrderChange.whole(OrderEvent.RETURN));

            assertThat(view.pointsRemoved()).isEqualTo(40);
            assertThat(view.balance().available()).isZero();
            f.assertInvariant(M);
        }

        @Test
        void addBooksTheNewLinesPoints() {
            orders.create(order140("SO6"));
            OrderView view = orders.change("SO6", OrderChange.of(OrderEvent.ADD, LineRequest.of("C", 2, "230")));
            assertThat(view.pointsAwarded()).isEqualTo(140 + 460);
            assertThat(view.order().lines()).hasSize(3);
            f.assertInvariant(M);
        }
    }

    @Nested
    class WithHold {

        private final ProgramFixture f = fixture(OrderHoldPolicy.daysAfterShip(2));
        private final Orders orders = f.program.orders();

        private void assertPoints(OrderView view, long awarded, long onHold) {
            assertThat(view.pointsAwarded()).as("pointsAwarded").isEqualTo(awarded);
            assertThat(view.pointsOnHold()).as("pointsOnHold").isEqualTo(onHold);
            f.assertInvariant(M);
        }

        /** tags-B §2.3, "Order Item Ship Date = 2 days", 140-point order: ship then return. */
        @Test
        void referenceHoldTableShipAndReturn() {
            assertPoints(orders.create(order140("H1")), 0, 140);
            assertThat(f.program.balance(M).hold()).isEqualTo(140);

            assertPoints(orders.change("H1", OrderChange.of(OrderEvent.SHIP, LineRequest.units("A", 1L))), 0, 140);
            // returning units that have not shipped: rejected, nothing recorded
            List<LedgerEntry> before = f.entries(M);
            assertThatThrownBy(() -> orders.change("H1", OrderChange.of(OrderEvent.RETURN,
                    LineRequest.units("B", 1L)))).isInstanceOf(OrderUnitsNotShipped.class);
            assertThat(f.entries(M)).isEqualTo(before);

            assertPoints(orders.change("H1", OrderChange.whole(OrderEvent.SHIP)), 0, 140);
            OrderView partial = orders.change("H1", OrderChange.of(OrderEvent.RETURN, LineRequest.units("B", 1L)));
            assertPoints(partial, 0, 130);
            assertThat(partial.pointsRemoved()).isZero();
            assertPoints(orders.change("H1", OrderChange.whole(OrderEvent.RETURN)), 0, 0);
            PointBalance b = f.program.balance(M);
            assertThat(b).isEqualTo(new PointBalance(0, 0, 0, 0, 0, 0));
        }

        /** tags-B §2.3: partial cancel (10 points) then full cancel, before shipping. */
        @Test
        void referenceHoldTableCancel() {
            orders.create(order140("H2"));
            assertPoints(orders.change("H2", OrderChange.of(OrderEvent.CANCEL, LineRequest.units("B", 1L))), 0, 130);
            assertPoints(orders.change("H2", OrderChange.whole(OrderEvent.CANCEL)), 0, 0);
        }

        @Test
        void heldPointsAreReleasedTheConfiguredDaysAfterShipping() {
            orders.create(order140("H3"));
            f.clock.advance(Duration.ofDays(30));
            assertPoints(orders.order("H3"), 0, 140); // not shipped: no release date yet

            orders.change("H3", OrderChange.of(OrderEvent.SHIP, LineRequest.units("A", 1L)));
            f.clock.advance(Duration.ofDays(2));
            assertPoints(orders.order("H3"), 100, 40);
            assertThat(f.available(M)).isEqualTo(100);

            orders.change("H3", OrderChange.whole(OrderEvent.SHIP));
            f.clock.advance(Duration.ofDays(1));
            assertPoints(orders.order("H3"), 100, 40);
            f.clock.advance(Duration.ofDays(1));
            assertPoints(orders.order("H3"), 140, 0);

            OrderView returned = orders.change("H3", OrderChange.of(OrderEvent.RETURN, LineRequest.units("A", 1L)));
            assertThat(returned.pointsRemoved()).isEqualTo(100);
            assertPoints(returned, 40, 0);
        }

        @Test
        void disregardHoldPeriodReleasesAtOnce() {
            assertPoints(orders.create(order140("H4").disregardingHold()), 140, 0);
            assertPoints(orders.change("H4", new OrderChange(OrderEvent.ADD,
                    List.of(LineRequest.of("C", 1, "5")), true)), 145, 0);
            assertPoints(orders.change("H4", OrderChange.of(OrderEvent.ADD, LineRequest.of("D", 1, "7"))), 145, 7);
        }
    }

    @Nested
    class Transitions {

        private final ProgramFixture f = fixture(OrderHoldPolicy.daysAfterShip(2));
        private final Orders orders = f.program.orders();

        @Test
        void aShippedOrderCanBeReturnedButNotCancelled() {
            orders.create(order140("T1"));
            orders.change("T1", OrderChange.whole(OrderEvent.SHIP));
            List<LedgerEntry> before = f.entries(M);
            assertThatThrownBy(() -> orders.change("T1", OrderChange.whole(OrderEvent.CANCEL)))
                    .isInstanceOf(OrderUnitsAlreadyShipped.class);
            assertThatThrownBy(() -> orders.change("T1", OrderChange.of(OrderEvent.CANCEL,
                    LineRequest.units("A", null)))).isInstanceOf(OrderUnitsAlreadyShipped.class);
            assertThat(f.entries(M)).isEqualTo(before);
            orders.change("T1", OrderChange.whole(OrderEvent.RETURN));
            f.assertInvariant(M);
        }

        @Test
        void returnedOrCancelledLinesCannotShip() {
            orders.create(order140("T2"));
            orders.change("T2", OrderChange.of(OrderEvent.CANCEL, LineRequest.units("B", null)));
            assertThatThrownBy(() -> orders.change("T2", OrderChange.of(OrderEvent.SHIP,
                    LineRequest.units("B", 1L)))).isInstanceOf(OrderUnitsClosed.class);
            orders.change("T2", OrderChange.of(OrderEvent.SHIP, LineRequest.units("A", null)));
            orders.change("T2", OrderChange.of(OrderEvent.RETURN, LineRequest.units("A", null)));
            assertThatThrownBy(() -> orders.change("T2", OrderChange.of(OrderEvent.SHIP,
                    LineRequest.units("A", 1L)))).isInstanceOf(OrderUnitsClosed.class);
            assertThatThrownBy(() -> orders.change("T2", OrderChange.of(OrderEvent.ADD,
                    LineRequest.of("C", 1, "1")))).isInstanceOf(OrderClosed.class);
            f.assertInvariant(M);
        }

        @Test
        void unknownLinesTooManyUnitsAndUnknownOrdersAreRejected() {
            orders.create(order140("T3"));
            assertThatThrownBy(() -> orders.change("T3", OrderChange.of(OrderEvent.SHIP,
                    LineRequest.units("ZZ", 1L)))).isInstanceOf(OrderLineNotFound.class);
            assertThatThrownBy(() -> orders.change("T3", OrderChange.of(OrderEvent.SHIP,
                    LineRequest.units("B", 5L)))).isInstanceOf(OrderQuantityExceeded.class);
            assertThatThrownBy(() -> orders.change("nope", OrderChange.whole(OrderEvent.SHIP)))
                    .isInstanceOf(OrderNotFound.class);
            assertThat(orders.order("T3").pointsOnHold()).isEqualTo(140);
        }

        @Test
        void theSecondaryKeyPicksTheLine() {
            orders.create(NewOrder.of("T4", M, List.of(LineRequest.of("P", 1, "10").withSecondaryKey("red"),
                    LineRequest.of("P", 1, "20").withSecondaryKey("blue"))));
            orders.change("T4", OrderChange.whole(OrderEvent.SHIP));
            f.clock.advance(Duration.ofDays(2));
            OrderView view = orders.change("T4", OrderChange.of(OrderEvent.RETURN,
                    LineRequest.units("P", 1L).withSecondaryKey("blue")));
            assertThat(view.pointsRemoved()).isEqualTo(20);
            assertThat(view.pointsAwarded()).isEqualTo(10);
            f.assertInvariant(M);
        }
    }

    @Nested
    class Lookup {

        private final ProgramFixture f = fixture(OrderHoldPolicy.none());
        private final Orders orders = f.program.orders();

        @Test
        void findsByMemberByOrderOrBoth() {
            orders.create(order140("L1"));
            orders.create(order1400("L2"));
            assertThat(orders.find(M, null)).extracting(v -> v.order().orderId()).containsExactly("L1", "L2");
            assertThat(orders.find(null, "L2")).extracting(OrderView::pointsAwarded).containsExactly(1400L);
            assertThatThrownBy(() -> orders.find("other", "L2")).isInstanceOf(OrderNotFound.class);
        }
    }

    @Nested
    class Cart {

        private final ProgramFixture f = fixture(OrderHoldPolicy.none());
        private final Orders orders = f.program.orders();

        @Test
        void previewEstimatesAndBooksNothing() {
            f.program.points(PointsCommand.credit(M, 100, 500));
            List<LedgerEntry> before = f.entries(M);

            CartPreview preview = orders.preview(M, 200, null, List.of(), List.of(
                    new LineRequest("SKU1", null, 1L, new BigDecimal("105.0"), null, null, null),
                    new LineRequest("SKU2", null, 2L, new BigDecimal("20.0"), null, null, null)));

            assertThat(preview.cartPoints()).isEqualByComparingTo("145");
            assertThat(preview.availableAfter()).isEqualTo(500 - 200 + 145);
            assertThat(f.entries(M)).isEqualTo(before);
            assertThat(f.program.balance(M).available()).isEqualTo(500);
            f.assertInvariant(M);
        }
    }
}
