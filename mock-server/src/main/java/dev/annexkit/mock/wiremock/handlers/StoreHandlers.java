package dev.annexkit.mock.wiremock.handlers;

import dev.annexkit.mock.domain.LoyaltyProgram;
import dev.annexkit.mock.domain.kernel.Page;
import dev.annexkit.mock.domain.error.DomainException;
import dev.annexkit.mock.domain.store.BulkStoreResult;
import dev.annexkit.mock.domain.store.Store;
import dev.annexkit.mock.wiremock.http.AnnexError;
import dev.annexkit.mock.wiremock.http.ApiRequest;
import dev.annexkit.mock.wiremock.http.ApiResponse;
import dev.annexkit.mock.wiremock.http.ErrorResponses;
import dev.annexkit.mock.wiremock.http.OperationHandler;
import dev.annexkit.mock.wiremock.http.Paging;
import dev.annexkit.mock.wiremock.http.WireObject;
import java.util.LinkedHashMap;
import java.util.Map;

/** Stores (tag Store) and the store read (tag Others). */
final class StoreHandlers {

    private StoreHandlers() {
    }

    static void register(Map<String, OperationHandler> handlers) {
        handlers.put("getStore", (r, p, s) -> ApiResponse.ok(StoreWire.of(p.stores().get(r.path("storeId")))));
        handlers.put("updateStore", (r, p, s) -> ApiResponse.ok(StoreWire.of(
                p.stores().update(r.path("storeId"), StoreWire.change(r.body())))));
        handlers.put("createStoresInBulk", StoreHandlers::bulk);
        handlers.put("listStores", StoreHandlers::list);
    }

    private static ApiResponse bulk(ApiRequest request, LoyaltyProgram program, String site) {
        KeyedEntries<Store> entries = KeyedEntries.parse(request.json(), "storeId",
                (key, body) -> StoreWire.store(body.text("storeId").orElse(key), body),
                (key, body) -> e -> failed(key, e));
        Map<String, Store> stores = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            stores.put(entries.key(i), entries.parsed().get(i));
        }
        for (BulkStoreResult result : program.stores().createInBulk(stores)) {
            entries.answer(result.storeId(), result instanceof BulkStoreResult.Rejected rejected
                    ? failed(result.storeId(), rejected.error())
                    : WireObject.create().put("storeId", result.storeId()).put("status", "Success"));
        }
        return ApiResponse.ok(WireObject.create().put("siteId", site).put("results", entries.byKey()));
    }

    private static WireObject failed(String storeId, DomainException e) {
        AnnexError error = (AnnexError) ErrorResponses.of(e).body();
        return WireObject.create().put("storeId", storeId).put("status", "Failed")
                .put("errorCode", error.errorCode()).put("errorMessage", error.errorMessage());
    }

    private static ApiResponse list(ApiRequest request, LoyaltyProgram program, String site) {
        Page<Store> page = program.stores().list(Paging.of(request));
        return ApiResponse.ok(WireObject.create()
                .put("siteId", site)
                .put("currentPage", page.page())
                .put("pages", page.pages())
                .put("total", (int) page.total())
                .putObjects("storeDetails", page.items().stream().map(StoreWire::of).toList()));
    }
}
