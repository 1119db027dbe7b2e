package dev.annexkit.mock.domain.store;

/** Store attributes to change; null ones keep their value. */
public record StoreChange(String storeName, String company, String lineOfBusiness, String district,
                          String country, String state, String city, String region, String zipcode) {
}
