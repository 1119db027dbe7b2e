package dev.annexkit.mock.domain.kernel;

import java.util.List;
import java.util.Map;

/**
 * The answer to a lookup of many ids: what was found, by id in request order (each id once), and the ids with
 * nothing behind them.
 */
public record BulkLookup<T>(Map<String, T> found, List<String> notFound) {

    public BulkLookup {
        found = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(found));
        notFound = List.copyOf(notFound);
    }
}
