package dev.annexkit.mock.domain.store;

import dev.annexkit.mock.domain.error.DomainException;
import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.kernel.CallGuard;
import dev.annexkit.mock.domain.kernel.Page;
import dev.annexkit.mock.domain.kernel.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The site's stores. A store id sent with a points call or an order is looked up here ({@link #find}) so the
 * answer can show the store's attributes. Every call runs under the program lock.
 */
public final class Stores {

    private final StoreContext state;
    private final CallGuard lock;

    public Stores(StoreContext state, CallGuard lock) {
        this.state = state;
        this.lock = lock;
    }

    /**
     * Creates each store on its own, keyed by store id; a store inside an entry naming another id, or an id that
     * exists already, fails alone. Results in input order.
     */
    public List<BulkStoreResult> createInBulk(Map<String, Store> byId) {
        return lock.call(() -> {
            List<BulkStoreResult> results = new ArrayList<>();
            byId.forEach((key, store) -> {
                try {
                    if (!key.equals(store.storeId())) {
                        throw new InvalidField("storeId", "must equal its key " + key + ", was " + store.storeId());
                    }
                    state.stores().create(store);
                    results.add(new BulkStoreResult.Created(key, store));
                } catch (DomainException e) {
                    results.add(new BulkStoreResult.Rejected(key, e));
                }
            });
            return List.copyOf(results);
        });
    }

    public Store create(Store store) {
        return lock.call(() -> {
            state.stores().create(store);
            return store;
        });
    }

    public Store update(String storeId, StoreChange change) {
        return lock.call(() -> state.stores().update(storeId, change));
    }

    public Store get(String storeId) {
        return lock.call(() -> state.stores().get(storeId));
    }

    /** The store with this id, if the site has it (null finds nothing). */
    public Optional<Store> find(String storeId) {
        return lock.call(() -> state.stores().find(storeId));
    }

    /** Every store, ordered by id. */
    public Page<Store> list(PageRequest page) {
        return lock.call(() -> Page.of(state.stores().all(), page));
    }
}
