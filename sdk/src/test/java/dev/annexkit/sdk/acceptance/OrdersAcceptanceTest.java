package dev.annexkit.sdk.acceptance;

import static dev.annexkit.sdk.acceptance.ApiErrors.assertApiError;
import static dev.annexkit.sdk.acceptance.LedgerAssertions.balancedBalance;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.Seed;
import dev.annexkit.mock.junit.AnnexCloudMock;
import dev.annexkit.sdk.AnnexCloudClient;
import dev.annexkit.sdk.errors.ConflictException;
import dev.annexkit.sdk.errors.InvalidRequestException;
import dev.annexkit.sdk.errors.NotFoundException;
import dev.annexkit.sdk.model.CartLine;
import dev.annexkit.sdk.model.CartPreview;
import dev.annexkit.sdk.model.CartPreviewRequest;
import dev.annexkit.sdk.model.MemberCreateRequest;
import dev.annexkit.sdk.model.OrderCreateRequest;
import dev.annexkit.sdk.model.OrderLine;
import dev.annexkit.sdk.model.OrderList;
import dev.annexkit.sdk.model.OrderLookupRequest;
import dev.annexkit.sdk.model.OrderResponse;
import dev.annexkit.sdk.model.OrderUpdateRequest;
import dev.annexkit.sdk.model.OrderUpdateResponse;
import dev.annexkit.sdk.model.OrderUpdateStatus;
import dev.annexkit.sdk.model.PointBalance;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@AnnexCloudMock(seed = Seed.DEMO)
class OrdersAcceptanceTest {

    static final String ADA = "ada@example.com";

    static OrderLine line(String id, int quantity, String unitPrice) {
        return new OrderLine().id(id).quantity(Integer.toString(quantity)).unitPrice(unitPrice);
    }

    static OrderResponse order1400(AnnexCloudClient client, String orderId) {
        client.users().createMember(new MemberCreateRequest().id(ADA).email(ADA));
        return client.orders().createOrder(new OrderCreateRequest().id(orderId).userId(ADA)
                .orderDetail(List.of(line("D1", 1, "100.00"), line("D2", 2, "200.00"), line("D3", 3, "300.00"))));
    }

    static OrderUpdateResponse change(AnnexCloudClient client, String orderId, OrderUpdateStatus status,
                                      OrderLine... lines) {
        OrderUpdateRequest request = new OrderUpdateRequest().orderId(orderId).status(status);
        if (lines.length > 0) {
            request.orderDetail(List.of(lines));
        }
        return client.orders().updateOrder(orderId, request);
    }

    @Nested
    class CreateOrder {

        @Test
        void theOrderEarnsUnitPriceTimesRatioTimesQuantity(AnnexCloudClient client) {
            OrderResponse order = order1400(client, "SO1");

            assertThat(order.getPointsAwarded()).isEqualTo(1400L);
            assertThat(order.getPointsOnHold()).isZero();
            assertThat(order.getUpdatedAvailablePoints()).isEqualTo(1400L);
            assertThat(order.getUpdatedLifetimePoints()).isEqualTo(1400L);
            assertThat(order.getOrderDetail()).extracting(OrderLine::getId).containsExactly("D1", "D2", "D3");
            assertThat(balancedBalance(client, ADA).getAvailablePoints()).isEqualTo(1400L);
        }

        @Test
        void aDuplicateOrderIdIs409AndAnUnknownMember404(AnnexCloudClient client) {
            order1400(client, "SO1");
            assertApiError(ConflictException.class, 409, "AC1006", () -> client.orders().createOrder(
                    new OrderCreateRequest().id("SO1").userId(ADA).orderDetail(List.of(line("X", 1, "5")))));
            assertApiError(NotFoundException.class, 404, "AC1005", () -> client.orders().createOrder(
                    new OrderCreateRequest().id("SO2").userId("nobody@example.com")
                            .orderDetail(List.of(line("X", 1, "5")))));
            assertThat(balancedBalance(client, ADA).getLifetimePoints()).isEqualTo(1400L);
        }
    }

    @Nested
    class UpdateOrder {

        @Test
        void partialThenFullReturnDebitsTheReturnedPoints(AnnexCloudClient client) {
            order1400(client, "SO1");
            change(client, "SO1", OrderUpdateStatus.SHIP);

            OrderUpdateResponse partial = change(client, "SO1", OrderUpdateStatus.RETURN, line("D1", 1, "100.00"));
            assertThat(partial.getPointsRemoved()).isEqualTo(100L);
            assertThat(partial.getPointsAwarded()).isEqualTo(1300L);
            assertThat(balancedBalance(client, ADA).getAvailablePoints()).isEqualTo(1300L);

            OrderUpdateResponse full = change(client, "SO1", OrderUpdateStatus.RETURN);
            assertThat(full.getPointsAwarded()).isZero();
            PointBalance balance = balancedBalance(client, ADA);
            assertThat(balance.getAvailablePoints()).isZero();
            assertThat(balance.getUsedPoints()).isEqualTo(1400L);
        }

        @Test
        void illegalTransitionsAreRejectedWithTheirCodesAndChangeNothing(AnnexCloudClient client) {
            // This site holds no points, so units count as shipped from the start: the not-shipped return
            // (AC1030) only exists on a holding site, see OrderHoldAcceptanceTest.
            order1400(client, "SO1");
            change(client, "SO1", OrderUpdateStatus.SHIP);
            assertApiError(InvalidRequestException.class, 400, "AC1031",
                    () -> change(client, "SO1", OrderUpdateStatus.CANCEL));
            change(client, "SO1", OrderUpdateStatus.RETURN, line("D1", 1, "100.00"));
            assertApiError(InvalidRequestException.class, 400, "AC1032",
                    () -> change(client, "SO1", OrderUpdateStatus.SHIP, line("D1", 1, "100.00")));
            assertApiError(InvalidRequestException.class, 400, "AC1034",
                    () -> change(client, "SO1", OrderUpdateStatus.RETURN, line("ZZ", 1, "1")));
            assertApiError(NotFoundException.class, 404, "AC1005",
                    () -> change(client, "NOPE", OrderUpdateStatus.SHIP));
            assertThat(balancedBalance(client, ADA).getAvailablePoints()).isEqualTo(1300L);
        }

        @Test
        void onASiteWithoutHoldAReturnNeedsNoShipStep(AnnexCloudClient client) {
            order1400(client, "SO1");

            OrderUpdateResponse returned = change(client, "SO1", OrderUpdateStatus.RETURN, line("D1", 1, "100.00"));

            assertThat(returned.getPointsRemoved()).isEqualTo(100L);
            assertThat(balancedBalance(client, ADA).getAvailablePoints()).isEqualTo(1300L);
        }

        @Test
        void addCreditsTheNewLines(AnnexCloudClient client) {
            order1400(client, "SO1");
            OrderUpdateResponse added = change(client, "SO1", OrderUpdateStatus.ADD, line("p1", 2, "230"));
            assertThat(added.getPointsAwarded()).isEqualTo(1860L);
            assertThat(balancedBalance(client, ADA).getAvailablePoints()).isEqualTo(1860L);
        }
    }

    @Nested
    class FindOrdersAndCart {

        @Test
        void findsTheMembersOrders(AnnexCloudClient client) {
            order1400(client, "SO1");
            OrderList found = client.orders().findOrders(new OrderLookupRequest().userId(ADA));
            assertThat(found.getTotal()).isEqualTo(1);
            assertThat(found.getOrders().get(0).getPointsAwarded()).isEqualTo(1400L);
            assertApiError(NotFoundException.class, 404, "AC1005",
                    () -> client.orders().findOrders(new OrderLookupRequest().orderId("NOPE")));
        }

        @Test
        void theCartPreviewBooksNothing(AnnexCloudClient client, AnnexCloudMockServer mock) {
            order1400(client, "SO1");
            PointBalance before = balancedBalance(client, ADA);

            CartPreview preview = client.orders().previewCart(new CartPreviewRequest().userId(ADA).appliedPoints("200")
                    .productDetail(List.of(new CartLine().id("SKU1").quantity("1").unitPrice("105.0"),
                            new CartLine().id("SKU2").quantity("2").unitPrice("20.0"))));

            assertThat(preview.getCartPoints()).isEqualTo(145.0);
            assertThat(preview.getAvailablePointsAfterOrder()).isEqualTo(1400L - 200 + 145);
            assertThat(balancedBalance(client, ADA)).isEqualTo(before);
            assertThat(mock.program().activity(ADA, dev.annexkit.mock.domain.kernel.PageRequest.of(1, 50)).total())
                    .isEqualTo(1);
        }
    }
}
