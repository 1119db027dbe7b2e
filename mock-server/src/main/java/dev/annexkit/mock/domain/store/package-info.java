/**
 * Stores: the site's physical and online stores, created and changed one by one or in bulk; façade
 * {@code Stores}, stored in {@code StoreDirectory}.
 * Reads the program state through {@code StoreContext}.
 */
package dev.annexkit.mock.domain.store;
