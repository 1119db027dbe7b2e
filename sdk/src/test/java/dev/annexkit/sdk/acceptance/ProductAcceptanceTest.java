package dev.annexkit.sdk.acceptance;

import static dev.annexkit.sdk.acceptance.ApiErrors.assertApiError;
import static dev.annexkit.sdk.acceptance.LedgerAssertions.balancedBalance;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annexkit.mock.Seed;
import dev.annexkit.mock.junit.AnnexCloudMock;
import dev.annexkit.sdk.AnnexCloudClient;
import dev.annexkit.sdk.errors.NotFoundException;
import dev.annexkit.sdk.model.BulkProductsResponse;
import dev.annexkit.sdk.model.MemberCreateRequest;
import dev.annexkit.sdk.model.OrderCreateRequest;
import dev.annexkit.sdk.model.OrderResponse;
import dev.annexkit.sdk.model.Product;
import dev.annexkit.sdk.model.ProductCategorySettings;
import dev.annexkit.sdk.model.ProductPointSettings;
import dev.annexkit.sdk.model.ProductPointsLine;
import dev.annexkit.sdk.model.ProductPointsRequest;
import dev.annexkit.sdk.model.ProductPointsResponse;
import dev.annexkit.sdk.model.ProductSettings;
import dev.annexkit.sdk.model.ProductSettingsResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@AnnexCloudMock(seed = Seed.DEMO)
class ProductAcceptanceTest {

    static final String ADA = "ada@example.com";

    @Test
    void calculateRegistersUnknownProductsAndPricesTheLines(AnnexCloudClient client) {
        ProductPointsResponse priced = client.products().calculateProductPoints(new ProductPointsRequest()
                .productDetail(List.of(new ProductPointsLine().id("SKU1").quantity("2").unitPrice("12.50"))));

        assertThat(priced.getData().get(0).getPoints()).isEqualTo(25.0);
        assertThat(priced.getData().get(0).getCalculation()).isEqualTo("12.50 x 2 x 1");
        assertThat(client.products().getProduct("SKU1").getProductPrice()).isEqualByComparingTo("12.50");
    }

    @Test
    void settingsOfTheProductOrItsCategoryDecideOrderPoints(AnnexCloudClient client) {
        Map<String, ProductPointSettings> bulk = new LinkedHashMap<>();
        bulk.put("1", new ProductPointSettings().pointAwardType("Product")
                .productDetail(new ProductSettings().productId("X2").productPrice("10").productPointType("YES")
                        .productPointRatio("2")));
        bulk.put("2", new ProductPointSettings().pointAwardType("Product")
                .productDetail(new ProductSettings().productId("GADGET").productPrice("20"))
                .categoryDetail(new ProductCategorySettings().categoryId("Cat3").categoryPointRatio("3")));
        bulk.put("3", new ProductPointSettings().productDetail(new ProductSettings().productId("NOPRICE")));
        BulkProductsResponse result = client.products().upsertProductsInBulk(bulk);
        assertThat(result.getResults().get("1").getStatus()).isEqualTo("Success");
        assertThat(result.getResults().get("3").getErrorCode()).isEqualTo("AC1004");

        ProductSettingsResult updated = client.products().updateProduct("X2", new ProductPointSettings()
                .productDetail(new ProductSettings().productMinimumLimit("2")));
        assertThat(updated.getProductDetail().getProductMinimumLimit()).isEqualTo("2");
        Product gadget = client.products().getProduct("GADGET");
        assertThat(gadget.getCategoryPointRatio()).isEqualByComparingTo("3");

        client.users().createMember(new MemberCreateRequest().id(ADA).email(ADA));
        OrderResponse order = client.orders().createOrder(new OrderCreateRequest().id("SO1").userId(ADA)
                .orderDetail(List.of(OrdersAcceptanceTest.line("X2", 1, "10"),    // below the minimum of 2
                        OrdersAcceptanceTest.line("GADGET", 1, "20"))));          // the category's ratio 3
        assertThat(order.getPointsAwarded()).isEqualTo(60L);
        balancedBalance(client, ADA);
        assertApiError(NotFoundException.class, 404, "AC1005", () -> client.products().getProduct("NOPE"));
    }
}
