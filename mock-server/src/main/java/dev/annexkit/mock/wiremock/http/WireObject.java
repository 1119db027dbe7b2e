package dev.annexkit.mock.wiremock.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Builds an answer object field by field, in wire order, leaving out absent values (the API omits them
 * rather than sending {@code null}).
 */
public final class WireObject {

    private final ObjectNode node = Json.object();

    private WireObject() {
    }

    /** A new, empty object. */
    public static WireObject create() {
        return new WireObject();
    }

    /** Adds a text field unless the value is null. */
    public WireObject put(String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
        return this;
    }

    /** Adds a whole-number field unless the value is null. */
    public WireObject put(String field, Long value) {
        if (value != null) {
            node.put(field, value);
        }
        return this;
    }

    /** Adds a whole-number field unless the value is null. */
    public WireObject put(String field, Integer value) {
        if (value != null) {
            node.put(field, value);
        }
        return this;
    }

    /** Adds a boolean field. */
    public WireObject put(String field, boolean value) {
        node.put(field, value);
        return this;
    }

    /** Adds a decimal field unless the value is null. */
    public WireObject put(String field, BigDecimal value) {
        if (value != null) {
            node.put(field, value);
        }
        return this;
    }

    /** Adds a time in the API's {@code yyyy-MM-dd'T'HH:mm:ssZ} format unless the value is null. */
    public WireObject put(String field, Instant value) {
        return put(field, value == null ? null : WireFormat.dateTime(value));
    }

    /** Adds a nested object unless it is null. */
    public WireObject put(String field, WireObject value) {
        if (value != null) {
            node.set(field, value.node);
        }
        return this;
    }

    /** Adds an object of text values unless the map is null or empty. */
    public WireObject putMap(String field, Map<String, String> values) {
        if (values != null && !values.isEmpty()) {
            ObjectNode map = node.putObject(field);
            values.forEach(map::put);
        }
        return this;
    }

    /** Adds an array of texts unless the collection is null. */
    public WireObject putTexts(String field, Collection<String> values) {
        if (values != null) {
            ArrayNode array = node.putArray(field);
            values.forEach(array::add);
        }
        return this;
    }

    /** Adds an array of objects (possibly empty). */
    public WireObject putObjects(String field, Collection<WireObject> values) {
        ArrayNode array = node.putArray(field);
        values.forEach(v -> array.add(v.node));
        return this;
    }

    /** The JSON tree, for serialisation. */
    public JsonNode json() {
        return node;
    }
}
