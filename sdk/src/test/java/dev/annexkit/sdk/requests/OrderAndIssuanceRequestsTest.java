package dev.annexkit.sdk.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annexkit.sdk.model.IssuanceProduct;
import dev.annexkit.sdk.model.IssuanceRequest;
import dev.annexkit.sdk.model.IssuanceStatusUpdate;
import java.math.BigDecimal;
import java.util.Collections;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OrderAndIssuanceRequestsTest {

    @Nested
    class Orders {

        @Test
        void shipWithoutLinesMeansTheWholeOrder() {
            assertThat(OrderUpdates.ship("o-1").toJson()).isEqualTo("{\"orderId\":\"o-1\",\"status\":\"ship\"}");
        }

        @Test
        void returnAndCancelCarryTheirLines() {
            String json = OrderUpdates.returnLines("o-1", OrderUpdates.line("SKU-1", 2, "9.50")).toJson();

            assertThat(json).isEqualTo("{\"orderId\":\"o-1\",\"status\":\"return\",\"orderDetail\":"
                    + "[{\"id\":\"SKU-1\",\"quantity\":\"2\",\"unitPrice\":\"9.50\"}]}");
            assertThat(OrderUpdates.cancel("o-1").toJson()).contains("\"status\":\"cancel\"");
        }

        @Test
        void addingNeedsLines() {
            assertThatThrownBy(() -> OrderUpdates.addLines("o-1")).isInstanceOf(IllegalArgumentException.class);
            assertThat(OrderUpdates.addLines("o-1", OrderUpdates.line("SKU-2", 1, "1")).toJson())
                    .contains("\"status\":\"Add\"");
        }
    }

    @Nested
    class IssuanceVariants {

        final IssuanceRequest sale = Issuances.purchase("12345", "ada", 174, new BigDecimal("100"), 500)
                .productDetails(Collections.singletonList(new IssuanceProduct().productId("P1").productQuantity(2)));

        @Test
        void aPurchaseIsShippedWithItsSpendAndPoints() {
            assertThat(sale.toJson()).contains("\"orderTotalSpend\":100", "\"orderTotalPoints\":500",
                    "\"orderStatus\":\"SHIP\"");
            assertThat(Issuances.nonPurchase("n-1", "ada", 200, 50).toJson()).contains("\"orderTotalSpend\":0");
        }

        @Test
        void returnsCopyTheTransactionWithTheirStatus() {
            assertThat(new IssuanceStatusUpdate(Issuances.fullReturn(sale)).toJson())
                    .contains("\"orderStatus\":\"Return\"", "\"orderId\":\"12345\"", "\"productId\":\"P1\"");
            assertThat(Issuances.partialReturn(sale, 100, Collections.singletonList(new IssuanceProduct().productId("P1")
                    .productQuantity(1))).toJson()).contains("\"orderStatus\":\"Partial Return\"", "\"orderTotalPoints\":100");
        }

        @Test
        void cancelsNameTheirVariant() {
            assertThat(Issuances.partialCancel(sale, Collections.<IssuanceProduct>emptyList()).toJson())
                    .contains("\"orderStatus\":\"Partial Cancel\"");
            assertThat(Issuances.fullCancel("12345").toJson())
                    .isEqualTo("{\"orderId\":\"12345\",\"orderStatus\":\"Full Cancel\"}");
        }
    }
}
