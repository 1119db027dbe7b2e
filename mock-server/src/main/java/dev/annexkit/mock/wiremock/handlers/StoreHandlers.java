package dev.annexkit.mock.wiremock.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.annexkit.mock.domain.LoyaltyProgram;
import dev.annexkit.mock.domain.Page;
import dev.annexkit.mock.domain.error.DomainException;
import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.error.MissingField;
import dev.annexkit.mock.domain.store.BulkStoreResult;
import dev.annexkit.mock.domain.store.Store;
import dev.annexkit.mock.wiremock.http.AnnexError;
import dev.annexkit.mock.wiremock.http.ApiRequest;
import dev.annexkit.mock.wiremock.http.ApiResponse;
import dev.annexkit.mock.wiremock.http.ErrorResponses;
import dev.annexkit.mock.wiremock.http.JsonBody;
import dev.annexkit.mock.wiremock.http.OperationHandler;
import dev.annexkit.mock.wiremock.http.Paging;
import dev.annexkit.mock.wiremock.http.WireObject;
import java.util.Iterator;
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
        JsonNode root = request.json();
        if (!root.isObject() || root.isEmpty()) {
            throw new MissingField("storeId");
        }
        Map<String, WireObject> results = new LinkedHashMap<>();
        Map<String, Store> stores = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            try {
                if (!e.getValue().isObject()) {
                    throw new InvalidField(e.getKey(), "must be an object");
                }
                JsonBody body = new JsonBody(e.getValue());
                stores.put(e.getKey(), StoreWire.store(body.text("storeId").orElse(e.getKey()), body));
                results.put(e.getKey(), null);
            } catch (DomainException ex) {
                results.put(e.getKey(), failed(e.getKey(), ex));
            }
        }
        for (BulkStoreResult result : program.stores().createInBulk(stores)) {
            results.put(result.storeId(), result instanceof BulkStoreResult.Rejected rejected
                    ? failed(result.storeId(), rejected.error())
                    : WireObject.create().put("storeId", result.storeId()).put("status", "Success"));
        }
        WireObject byKey = WireObject.create();
        results.forEach(byKey::put);
        return ApiResponse.ok(WireObject.create().put("siteId", site).put("results", byKey));
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
