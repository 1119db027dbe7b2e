/**
 * Stores: the site's stores, created and changed one by one or in bulk, which points calls may name; façade
 * {@code Stores}, stored in {@code StoreDirectory}.
 * Reads the program state through {@code StoreContext}.
 */
package dev.annexkit.mock.domain.store;
