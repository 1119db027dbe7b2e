package dev.annexkit.mock.domain.store;

import dev.annexkit.mock.domain.error.MissingField;

/** A store of the site and its location attributes. */
public record Store(String storeId, String storeName, String company, String lineOfBusiness, String district,
                    String country, String state, String city, String region, String zipcode) {

    public Store {
        if (storeId == null || storeId.isBlank()) {
            throw new MissingField("storeId");
        }
    }

    /** This store with the non-null attributes of {@code change} applied. */
    public Store merge(StoreChange c) {
        return new Store(storeId, or(c.storeName(), storeName), or(c.company(), company),
                or(c.lineOfBusiness(), lineOfBusiness), or(c.district(), district), or(c.country(), country),
                or(c.state(), state), or(c.city(), city), or(c.region(), region), or(c.zipcode(), zipcode));
    }

    private static String or(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
