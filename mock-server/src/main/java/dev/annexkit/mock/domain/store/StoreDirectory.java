package dev.annexkit.mock.domain.store;

import dev.annexkit.mock.domain.error.StoreAlreadyExists;
import dev.annexkit.mock.domain.error.StoreNotFound;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** The site's stores, ordered by id. Guarded by the program lock. */
public final class StoreDirectory {

    private final TreeMap<String, Store> stores = new TreeMap<>();

    public void create(Store store) {
        if (stores.containsKey(store.storeId())) {
            throw new StoreAlreadyExists(store.storeId());
        }
        stores.put(store.storeId(), store);
    }

    public Store update(String storeId, StoreChange change) {
        Store updated = get(storeId).merge(change);
        stores.put(storeId, updated);
        return updated;
    }

    public Store get(String storeId) {
        return find(storeId).orElseThrow(() -> new StoreNotFound(storeId));
    }

    public Optional<Store> find(String storeId) {
        return storeId == null ? Optional.empty() : Optional.ofNullable(stores.get(storeId));
    }

    public List<Store> all() {
        return List.copyOf(stores.values());
    }
}
