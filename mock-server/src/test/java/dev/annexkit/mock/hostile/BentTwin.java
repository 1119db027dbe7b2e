package dev.annexkit.mock.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Bends a canonical body the way real clients do, reading the schema itself (not the mock's tolerance code):
 * unset fields sent as {@code null}, unknown fields added, integers as strings ({@code "7"}, {@code "8.0"}),
 * numbers as strings, numeric strings as numbers, enum values in other casing, a one-element array of objects as
 * the bare object. Only bends that lose nothing, so the bent body means exactly what the canonical one does.
 */
final class BentTwin {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Integers only: {@code "100.00"} sent as a number would come back as {@code "100.0"}, another text. */
    private static final Pattern WHOLE = Pattern.compile("-?(0|[1-9]\\d{0,14})");

    private BentTwin() {
    }

    /** The bent twin of {@code canonical} (a copy; the canonical body is not changed). */
    static JsonNode of(JsonNode canonical, Schema<?> schema) {
        return bend(canonical.deepCopy(), schema);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static JsonNode bend(JsonNode node, Schema<?> schema) {
        if (schema == null || schema.getOneOf() != null || schema.getAnyOf() != null || schema.getAllOf() != null) {
            return node;
        }
        String type = schema.getType();
        if (node.isObject() && schema.getProperties() != null) {
            ObjectNode object = (ObjectNode) node;
            for (Map.Entry<String, Schema> p : schema.getProperties().entrySet()) {
                if (object.has(p.getKey())) {
                    object.set(p.getKey(), bend(object.get(p.getKey()), p.getValue()));
                } else if (!Boolean.TRUE.equals(p.getValue().getNullable())) {
                    object.set(p.getKey(), NullNode.getInstance());
                }
            }
            if (schema.getAdditionalProperties() == null || Boolean.FALSE.equals(schema.getAdditionalProperties())) {
                object.put("zzUnknownField", "?");
                object.set("zzUnknownObject", NODES.objectNode().put("x", 1));
            }
            return object;
        }
        if (node.isObject() && schema.getAdditionalProperties() instanceof Schema<?> values) {
            ObjectNode map = (ObjectNode) node;
            List<String> keys = new ArrayList<>();
            map.fieldNames().forEachRemaining(keys::add);
            keys.forEach(k -> map.set(k, bend(map.get(k), values)));
            return map;
        }
        if (node.isArray() && schema.getItems() != null) {
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                array.set(i, bend(array.get(i), schema.getItems()));
            }
            boolean ofObjects = schema.getItems().getProperties() != null;
            return ofObjects && array.size() == 1 ? array.get(0) : array;
        }
        if ("integer".equals(type) && node.isIntegralNumber()) {
            long value = node.asLong();
            return TextNode.valueOf(value % 2 == 0 ? value + ".0" : Long.toString(value));
        }
        if ("number".equals(type) && node.isIntegralNumber()) {
            return TextNode.valueOf(node.asText());
        }
        if ("string".equals(type) && node.isTextual()) {
            return text(node.asText(), schema);
        }
        return node;
    }

    private static JsonNode text(String value, Schema<?> schema) {
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            String other = value.equals(value.toLowerCase(Locale.ROOT)) ? value.toUpperCase(Locale.ROOT)
                    : value.toLowerCase(Locale.ROOT);
            long sameIgnoringCase = schema.getEnum().stream()
                    .filter(v -> v != null && v.toString().equalsIgnoreCase(value)).count();
            return sameIgnoringCase == 1 ? TextNode.valueOf(other) : TextNode.valueOf(value);
        }
        if (WHOLE.matcher(value).matches()) {
            return NODES.numberNode(Long.parseLong(value));
        }
        return TextNode.valueOf(value);
    }
}
