package dev.annexkit.mock.wiremock.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.annexkit.mock.domain.error.DomainException;
import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.error.MissingField;
import dev.annexkit.mock.wiremock.http.JsonBody;
import dev.annexkit.mock.wiremock.http.WireObject;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A keyed bulk body in the API's style ({@code {"1": {…}, "2": {…}}}): every entry is parsed on its own, one
 * that does not parse fails alone, and the answer reports each key's outcome in request order.
 *
 * @param <T> what an entry parses into
 */
final class KeyedEntries<T> {

    private final List<String> keys = new ArrayList<>();
    private final List<JsonBody> bodies = new ArrayList<>();
    private final List<T> parsed = new ArrayList<>();
    private final Map<String, WireObject> results = new LinkedHashMap<>();

    private KeyedEntries() {
    }

    /**
     * Parses every entry of {@code root}.
     *
     * @param root the request body
     * @param emptyField the field named when the body has no entry at all
     * @param parser reads one entry (its key and body); its domain exceptions fail that entry only
     * @param failure the answer for an entry that failed
     */
    static <T> KeyedEntries<T> parse(JsonNode root, String emptyField, BiFunction<String, JsonBody, T> parser,
                                     BiFunction<String, JsonBody, Function<DomainException, WireObject>> failure) {
        if (!root.isObject() || root.isEmpty()) {
            throw new MissingField(emptyField);
        }
        KeyedEntries<T> entries = new KeyedEntries<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonBody body = new JsonBody(entry.getValue());
            try {
                if (!entry.getValue().isObject()) {
                    throw new InvalidField(entry.getKey(), "must be an object");
                }
                entries.parsed.add(parser.apply(entry.getKey(), body));
                entries.keys.add(entry.getKey());
                entries.bodies.add(body);
                entries.results.put(entry.getKey(), null);
            } catch (DomainException e) {
                entries.results.put(entry.getKey(), failure.apply(entry.getKey(), body).apply(e));
            }
        }
        return entries;
    }

    /** The entries that parsed, in request order. */
    List<T> parsed() {
        return parsed;
    }

    /** How many entries parsed. */
    int size() {
        return parsed.size();
    }

    /** The key of the {@code i}-th parsed entry. */
    String key(int i) {
        return keys.get(i);
    }

    /** The body of the {@code i}-th parsed entry. */
    JsonBody body(int i) {
        return bodies.get(i);
    }

    /** Records the outcome of the {@code i}-th parsed entry. */
    void answer(int i, WireObject result) {
        answer(keys.get(i), result);
    }

    /** Records the outcome of the entry with this key. */
    void answer(String key, WireObject result) {
        results.put(key, result);
    }

    /** Every key's outcome, in request order. */
    WireObject byKey() {
        WireObject byKey = WireObject.create();
        results.forEach(byKey::put);
        return byKey;
    }
}
