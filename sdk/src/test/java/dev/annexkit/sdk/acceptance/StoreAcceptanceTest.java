package dev.annexkit.sdk.acceptance;

import static dev.annexkit.sdk.acceptance.ApiErrors.assertApiError;
import static dev.annexkit.sdk.acceptance.LedgerAssertions.balancedBalance;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annexkit.mock.Seed;
import dev.annexkit.mock.junit.AnnexCloudMock;
import dev.annexkit.sdk.AnnexCloudClient;
import dev.annexkit.sdk.errors.NotFoundException;
import dev.annexkit.sdk.model.BulkStoresResponse;
import dev.annexkit.sdk.model.MemberCreateRequest;
import dev.annexkit.sdk.model.PointsActivity;
import dev.annexkit.sdk.model.PointsRequest;
import dev.annexkit.sdk.model.PointsResponse;
import dev.annexkit.sdk.model.Store;
import dev.annexkit.sdk.model.StorePage;
import dev.annexkit.sdk.model.StoreUpdateRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import dev.annexkit.sdk.service.StoreService.ListStoresParams;

@AnnexCloudMock(seed = Seed.DEMO)
class StoreAcceptanceTest {

    static final String ADA = "ada@example.com";

    static void createTwo(AnnexCloudClient client) {
        Map<String, Store> stores = new LinkedHashMap<>();
        stores.put("IN12369", new Store().storeName("Pune Camp").city("Pune"));
        stores.put("US00042", new Store().storeName("Downtown").city("San Francisco"));
        client.stores().createStoresInBulk(stores);
    }

    @Test
    void storesAreCreatedListedReadAndUpdated(AnnexCloudClient client) {
        createTwo(client);
        Map<String, Store> again = new LinkedHashMap<>();
        again.put("IN12369", new Store().storeName("Dup"));
        again.put("EU00001", new Store().storeName("Paris"));
        BulkStoresResponse result = client.stores().createStoresInBulk(again);
        assertThat(result.getResults().get("IN12369").getErrorCode()).isEqualTo("AC1006");
        assertThat(result.getResults().get("EU00001").getStatus()).isEqualTo("Success");

        StorePage page = client.stores().listStores(ListStoresParams.builder().page(1).limit(2).build());
        assertThat(page.getTotal()).isEqualTo(3);
        assertThat(page.getPages()).isEqualTo(2);
        assertThat(page.getStoreDetails()).extracting(Store::getStoreId).containsExactly("EU00001", "IN12369");

        Store updated = client.stores().updateStore("IN12369", new StoreUpdateRequest().region("West"));
        assertThat(updated.getRegion()).isEqualTo("West");
        assertThat(client.others().getStore("IN12369").getStoreName()).isEqualTo("Pune Camp");
        assertApiError(NotFoundException.class, 404, "AC1005", () -> client.others().getStore("NOPE"));
    }

    @Test
    void aPointsCallWithAStoreIdShowsTheStoreOrJustTheId(AnnexCloudClient client) {
        createTwo(client);
        client.users().createMember(new MemberCreateRequest().id(ADA).email(ADA));

        PointsResponse known = client.points().postPoints(new PointsRequest().id(ADA).actionId(100)
                .activity(PointsActivity.CREDIT).credit(10L).storeId("IN12369"));
        PointsResponse unknown = client.points().postPoints(new PointsRequest().id(ADA).actionId(100)
                .activity(PointsActivity.CREDIT).credit(10L).storeId("ZZ999"));

        assertThat(known.getStoreDetails().getCity()).isEqualTo("Pune");
        assertThat(unknown.getStoreDetails().getStoreId()).isEqualTo("ZZ999");
        assertThat(unknown.getStoreDetails().getStoreName()).isNull();
        balancedBalance(client, ADA);
    }
}
