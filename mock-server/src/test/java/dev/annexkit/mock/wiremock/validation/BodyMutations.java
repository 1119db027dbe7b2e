package dev.annexkit.mock.wiremock.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every way this test knows to bend a valid body, at every node of it: each value replaced by values of every
 * kind (null, strings for numbers and numbers for strings, 1.0 for 1, integers past int32 and int64, ...),
 * strings at and past their maximum length (also with a surrogate pair across the boundary), enum values in
 * another case, numbers at and past their bounds, members dropped and unknown members added at every level,
 * arrays emptied or over-filled, objects for arrays and arrays for objects.
 */
final class BodyMutations {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String EMOJI = "\uD83D\uDE00";

    /** A change at one place of the body: the node at {@code path} replaced by {@code value}, or removed when null. */
    record Mutation(List<Object> path, JsonNode value) {

        JsonNode applyTo(JsonNode root) {
            if (path.isEmpty()) {
                return value == null ? root : value.deepCopy();
            }
            JsonNode copy = root.deepCopy();
            JsonNode parent = copy;
            for (Object step : path.subList(0, path.size() - 1)) {
                parent = step instanceof Integer i ? parent.get(i) : parent.get((String) step);
                if (parent == null) {
                    return copy;
                }
            }
            Object last = path.get(path.size() - 1);
            // A path of an earlier shape of the body (a fuzzer round changes it step by step) no longer applies.
            if (parent instanceof ObjectNode object && last instanceof String) {
                if (value == null) {
                    object.remove((String) last);
                } else {
                    object.set((String) last, value.deepCopy());
                }
            } else if (parent instanceof ArrayNode array && last instanceof Integer i && i < array.size()) {
                if (value == null) {
                    array.remove(i);
                } else {
                    array.set(i, value.deepCopy());
                }
            }
            return copy;
        }
    }

    private BodyMutations() {
    }

    /** Every mutation of {@code body} (valid for {@code schema}) this test knows. */
    static List<Mutation> of(JsonNode body, JsonNode schema) {
        List<Mutation> out = new ArrayList<>();
        walk(body, schema, new ArrayList<>(), out);
        return out;
    }

    private static void walk(JsonNode node, JsonNode schema, List<Object> path, List<Mutation> out) {
        if (schema == null) {
            schema = NODES.objectNode();
        }
        if (schema.has("oneOf")) {
            for (JsonNode branch : schema.get("oneOf")) {
                walk(node, branch, path, out);
            }
            return;
        }
        for (JsonNode other : kinds()) {
            out.add(new Mutation(List.copyOf(path), other));
        }
        String type = schema.path("type").asText("");
        switch (type) {
            case "string" -> strings(schema, path, out);
            case "integer", "number" -> numbers(schema, type, path, out);
            case "array" -> arrays(node, schema, path, out);
            case "object" -> objects(node, schema, path, out);
            default -> {
            }
        }
    }

    /** A value of every JSON kind, including the number forms the contract tells apart. */
    private static List<JsonNode> kinds() {
        return List.of(NODES.nullNode(), NODES.textNode("text"), NODES.textNode(""), NODES.textNode("5"),
                NODES.numberNode(1), NODES.numberNode(0), NODES.numberNode(-1), NODES.numberNode(1.0),
                NODES.numberNode(1.5), NODES.numberNode(2_147_483_648L), NODES.numberNode(-2_147_483_649L),
                NODES.numberNode(new BigInteger("9223372036854775808")),
                NODES.numberNode(new BigDecimal("0.10000000000000000001")), NODES.booleanNode(true),
                NODES.arrayNode(), NODES.objectNode());
    }

    private static void strings(JsonNode schema, List<Object> path, List<Mutation> out) {
        int max = schema.path("maxLength").asInt(-1);
        if (max > 0) {
            for (String text : List.of("a".repeat(max), "a".repeat(max + 1), "a".repeat(max - 1) + EMOJI,
                    "a".repeat(max) + EMOJI, EMOJI.repeat(Math.min(max, 300)), "\u00e9".repeat(max + 1))) {
                out.add(new Mutation(List.copyOf(path), NODES.textNode(text)));
            }
        }
        JsonNode values = schema.get("enum");
        if (values != null) {
            for (JsonNode value : values) {
                if (value.isTextual()) {
                    String text = value.textValue();
                    for (String bent : List.of(text.toLowerCase(Locale.ROOT), text.toUpperCase(Locale.ROOT),
                            text + " ", text)) {
                        out.add(new Mutation(List.copyOf(path), NODES.textNode(bent)));
                    }
                }
            }
        }
    }

    private static void numbers(JsonNode schema, String type, List<Object> path, List<Mutation> out) {
        List<JsonNode> values = new ArrayList<>(List.of(NODES.numberNode(Integer.MAX_VALUE),
                NODES.numberNode(Integer.MIN_VALUE), NODES.numberNode(Long.MAX_VALUE),
                NODES.numberNode(Long.MIN_VALUE), NODES.numberNode(new BigInteger("-9223372036854775809")),
                NODES.numberNode(1e300), NODES.numberNode(12.25)));
        for (String bound : List.of("minimum", "maximum")) {
            if (schema.has(bound)) {
                BigDecimal at = schema.get(bound).decimalValue();
                for (BigDecimal value : List.of(at, at.subtract(BigDecimal.ONE), at.add(BigDecimal.ONE),
                        at.subtract(new BigDecimal("0.5")), at.add(new BigDecimal("0.5")))) {
                    values.add(value.stripTrailingZeros().scale() <= 0
                            ? NODES.numberNode(value.toBigIntegerExact()) : NODES.numberNode(value.doubleValue()));
                }
            }
        }
        values.forEach(v -> out.add(new Mutation(List.copyOf(path), v)));
    }

    private static void arrays(JsonNode node, JsonNode schema, List<Object> path, List<Mutation> out) {
        if (!node.isArray()) {
            return;
        }
        JsonNode first = node.size() > 0 ? node.get(0) : NODES.textNode("x");
        for (int count : new int[] {schema.path("minItems").asInt(0) - 1, schema.path("maxItems").asInt(3),
                schema.path("maxItems").asInt(3) + 1}) {
            ArrayNode copies = NODES.arrayNode();
            for (int i = 0; i < count; i++) {
                copies.add(first.deepCopy());
            }
            out.add(new Mutation(List.copyOf(path), copies));
        }
        out.add(new Mutation(List.copyOf(path), first)); // the one item for the array
        for (int i = 0; i < node.size(); i++) {
            List<Object> item = new ArrayList<>(path);
            item.add(i);
            walk(node.get(i), schema.get("items"), item, out);
        }
    }

    private static void objects(JsonNode node, JsonNode schema, List<Object> path, List<Mutation> out) {
        if (!node.isObject()) {
            return;
        }
        out.add(new Mutation(List.copyOf(path), NODES.arrayNode().add(node.deepCopy()))); // an array for the object
        List<Object> unknown = new ArrayList<>(path);
        unknown.add("zzUnknownField");
        out.add(new Mutation(unknown, NODES.numberNode(1)));
        List<Object> numbered = new ArrayList<>(path);
        numbered.add("7");
        out.add(new Mutation(numbered, node.size() > 0 ? node.elements().next() : NODES.objectNode()));
        for (Iterator<Map.Entry<String, JsonNode>> members = node.fields(); members.hasNext(); ) {
            Map.Entry<String, JsonNode> member = members.next();
            List<Object> at = new ArrayList<>(path);
            at.add(member.getKey());
            out.add(new Mutation(List.copyOf(at), null)); // dropped
            JsonNode property = schema.path("properties").get(member.getKey());
            if (property == null && schema.get("additionalProperties") != null
                    && schema.get("additionalProperties").isObject()) {
                property = schema.get("additionalProperties");
            }
            walk(member.getValue(), property, at, out);
        }
    }
}
