package dev.annexkit.mock.wiremock.handlers;

import dev.annexkit.mock.domain.LoyaltyProgram;
import dev.annexkit.mock.domain.store.Store;
import dev.annexkit.mock.domain.store.StoreChange;
import dev.annexkit.mock.wiremock.http.JsonBody;
import dev.annexkit.mock.wiremock.http.WireObject;

/** The wire form of a store (schema {@code Store}, with Annex Cloud's capitalised keys). */
final class StoreWire {

    private StoreWire() {
    }

    static WireObject of(Store s) {
        return WireObject.create()
                .put("storeId", s.storeId())
                .put("storeName", s.storeName())
                .put("Company", s.company())
                .put("LineOfBusiness", s.lineOfBusiness())
                .put("District", s.district())
                .put("Country", s.country())
                .put("State", s.state())
                .put("City", s.city())
                .put("Region", s.region())
                .put("Zipcode", s.zipcode());
    }

    /**
     * {@code storeDetails} for an answer that carried a store id: the store's attributes when the site knows
     * it, else just the id; null when no store id was sent.
     */
    static WireObject details(LoyaltyProgram program, String storeId) {
        if (storeId == null || storeId.isBlank()) {
            return null;
        }
        return program.stores().find(storeId).map(StoreWire::of)
                .orElseGet(() -> WireObject.create().put("storeId", storeId));
    }

    static Store store(String storeId, JsonBody b) {
        StoreChange c = change(b);
        return new Store(storeId, c.storeName(), c.company(), c.lineOfBusiness(), c.district(), c.country(),
                c.state(), c.city(), c.region(), c.zipcode());
    }

    static StoreChange change(JsonBody b) {
        return new StoreChange(t(b, "storeName"), t(b, "Company"), t(b, "LineOfBusiness"), t(b, "District"),
                t(b, "Country"), t(b, "State"), t(b, "City"), t(b, "Region"), t(b, "Zipcode"));
    }

    private static String t(JsonBody b, String field) {
        return b.text(field).orElse(null);
    }
}
