package dev.annexkit.mock.domain.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annexkit.mock.domain.kernel.PageRequest;
import dev.annexkit.mock.domain.ProgramFixture;
import dev.annexkit.mock.domain.error.StoreAlreadyExists;
import dev.annexkit.mock.domain.error.StoreNotFound;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoresTest {

    private final Stores stores = ProgramFixture.noExpiry().program.stores();

    private static Store store(String id, String name) {
        return new Store(id, name, null, null, null, null, null, "Pune", null, null);
    }

    @Test
    void bulkCreationFailsDuplicatesAloneAndListsById() {
        Map<String, Store> batch = new LinkedHashMap<>();
        batch.put("B", store("B", "Bee"));
        batch.put("A", store("A", "Ay"));
        stores.createInBulk(batch);
        Map<String, Store> again = new LinkedHashMap<>();
        again.put("A", store("A", "dup"));
        again.put("C", store("C", "See"));

        List<BulkStoreResult> results = stores.createInBulk(again);

        assertThat(results.get(0)).isInstanceOfSatisfying(BulkStoreResult.Rejected.class,
                r -> assertThat(r.error()).isInstanceOf(StoreAlreadyExists.class));
        assertThat(results.get(1)).isInstanceOf(BulkStoreResult.Created.class);
        assertThat(stores.list(PageRequest.of(1, 10)).items()).extracting(Store::storeId)
                .containsExactly("A", "B", "C");
        assertThat(stores.get("A").storeName()).isEqualTo("Ay");
    }

    @Test
    void updateChangesOnlyTheGivenAttributesAndFindIsEmptyForUnknownIds() {
        stores.create(store("A", "Ay"));
        Store updated = stores.update("A", new StoreChange(null, null, null, null, null, null, null, "West", null));
        assertThat(updated.region()).isEqualTo("West");
        assertThat(updated.city()).isEqualTo("Pune");
        assertThat(stores.find("Z")).isEmpty();
        assertThatThrownBy(() -> stores.get("Z")).isInstanceOf(StoreNotFound.class);
    }
}
