package dev.annexkit.mock.wiremock.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Compiles a JSON schema, in the very form the library hands its schema engine (the swagger model serialised and
 * transformed, see {@link OperationProofs}), into a {@link ValueProof}. Whitelist style: a schema node with any
 * keyword not listed here (pattern, anyOf, not, discriminator, $ref, uniqueItems, readOnly, a format the check
 * does not repeat, a oneOf other than of distinct kinds, ...) compiles to {@link ValueProof#UNPROVABLE}, so values
 * under it always go to the library.
 */
final class ValueProofs {

    /** Words that never make the engine refuse a value. */
    private static final Set<String> ANNOTATIONS = Set.of("oneOf", // compiled on its own, see oneOfKinds
            "description", "example", "default", "title",
            "deprecated", "externalDocs", "xml", "$schema",
            // Only widens what is accepted; a null value is never proved here anyway.
            "nullable");

    /** Constraints the proofs repeat. */
    private static final Set<String> MODELLED = Set.of("type", "format", "maxLength", "minLength", "enum",
            "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "properties", "required",
            "additionalProperties", "minProperties", "maxProperties", "items", "minItems", "maxItems");

    /** Deeper than any AnnexKit body; also stops a recursive schema. */
    private static final int MAX_DEPTH = 32;

    private ValueProofs() {
    }

    static ValueProof compile(JsonNode schema) {
        return compile(schema, 0);
    }

    private static ValueProof compile(JsonNode schema, int depth) {
        if (schema == null || !schema.isObject() || depth > MAX_DEPTH) {
            return ValueProof.UNPROVABLE;
        }
        boolean constrained = false;
        for (Iterator<String> names = schema.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (MODELLED.contains(name)) {
                constrained = true;
            } else if (!ANNOTATIONS.contains(name) && !name.startsWith("x-")) {
                return ValueProof.UNPROVABLE;
            }
        }
        JsonNode type = schema.get("type");
        if (type == null && schema.has("oneOf")) {
            return constrained ? ValueProof.UNPROVABLE : oneOfKinds(schema.get("oneOf"), depth);
        }
        if (type == null) {
            return constrained ? ValueProof.UNPROVABLE : ValueProof.ANYTHING;
        }
        if (!type.isTextual() || schema.has("oneOf")) {
            return ValueProof.UNPROVABLE;
        }
        String format = schema.path("format").textValue();
        switch (type.textValue()) {
            case "string":
                return text(schema, format);
            case "integer":
                return schema.has("enum") || !(format == null || format.equals("int32") || format.equals("int64"))
                        ? ValueProof.UNPROVABLE
                        : bounded(schema, b -> new ValueProof.WholeNumber("int32".equals(format),
                                "int64".equals(format), b));
            case "number":
                return schema.has("enum") || !(format == null || format.equals("double"))
                        ? ValueProof.UNPROVABLE
                        : bounded(schema, b -> new ValueProof.AnyNumber("double".equals(format), b));
            case "boolean":
                return schema.has("enum") || format != null ? ValueProof.UNPROVABLE : ValueProof.TRUTH;
            case "object":
                return schema.has("enum") || format != null ? ValueProof.UNPROVABLE : members(schema, depth);
            case "array":
                return schema.has("enum") || format != null ? ValueProof.UNPROVABLE : items(schema, depth);
            default:
                return ValueProof.UNPROVABLE;
        }
    }

    /**
     * A oneOf whose branches are of different JSON kinds (an array or a string, say): a value can keep at most
     * one of them, the one of its kind (a branch of another type always refuses it), so "exactly one branch
     * holds" is proved by proving that branch. Integer and number overlap (an integer is a number), so branches
     * typed so are not told apart; any other oneOf is not proved.
     */
    private static ValueProof oneOfKinds(JsonNode branches, int depth) {
        if (!branches.isArray() || branches.isEmpty()) {
            return ValueProof.UNPROVABLE;
        }
        Map<String, ValueProof> byKind = new HashMap<>();
        for (JsonNode branch : branches) {
            String type = branch.path("type").textValue();
            String kind = "integer".equals(type) ? "number" : type;
            if (kind == null || byKind.put(kind, compile(branch, depth + 1)) != null) {
                return ValueProof.UNPROVABLE;
            }
        }
        return new ValueProof.ByKind(Map.copyOf(byKind));
    }

    private static ValueProof text(JsonNode schema, String format) {
        // The engine ignores formats it does not know (binary); every other one it checks, so it is not proved.
        if (format != null && !format.equals("binary")) {
            return ValueProof.UNPROVABLE;
        }
        Integer min = count(schema, "minLength", 0);
        Integer max = count(schema, "maxLength", Integer.MAX_VALUE);
        if (min == null || max == null) {
            return ValueProof.UNPROVABLE;
        }
        Set<String> allowed = null;
        JsonNode values = schema.get("enum");
        if (values != null) {
            if (!values.isArray()) {
                return ValueProof.UNPROVABLE;
            }
            allowed = new HashSet<>();
            for (JsonNode value : values) {
                if (value.isTextual()) {
                    allowed.add(value.textValue());
                } else if (!value.isNull()) {
                    return ValueProof.UNPROVABLE;
                }
            }
            allowed = Set.copyOf(allowed);
        }
        return new ValueProof.Text(min, max, allowed);
    }

    private static ValueProof bounded(JsonNode schema, java.util.function.Function<ValueProof.Bounds, ValueProof> of) {
        JsonNode minimum = schema.get("minimum");
        JsonNode maximum = schema.get("maximum");
        JsonNode exclusiveMinimum = schema.get("exclusiveMinimum");
        JsonNode exclusiveMaximum = schema.get("exclusiveMaximum");
        if ((minimum != null && !minimum.isNumber()) || (maximum != null && !maximum.isNumber())
                || (exclusiveMinimum != null && (!exclusiveMinimum.isBoolean() || minimum == null))
                || (exclusiveMaximum != null && (!exclusiveMaximum.isBoolean() || maximum == null))) {
            return ValueProof.UNPROVABLE;
        }
        if (minimum == null && maximum == null) {
            return of.apply(ValueProof.Bounds.NONE);
        }
        return of.apply(new ValueProof.Bounds(decimal(minimum),
                exclusiveMinimum != null && exclusiveMinimum.booleanValue(), decimal(maximum),
                exclusiveMaximum != null && exclusiveMaximum.booleanValue()));
    }

    private static BigDecimal decimal(JsonNode number) {
        return number == null ? null : number.decimalValue();
    }

    private static ValueProof members(JsonNode schema, int depth) {
        Map<String, ValueProof> properties = new HashMap<>();
        JsonNode named = schema.get("properties");
        if (named != null) {
            if (!named.isObject()) {
                return ValueProof.UNPROVABLE;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = named.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> property = it.next();
                properties.put(property.getKey(), compile(property.getValue(), depth + 1));
            }
        }
        Set<String> required = new HashSet<>();
        JsonNode names = schema.get("required");
        if (names != null) {
            if (!names.isArray()) {
                return ValueProof.UNPROVABLE;
            }
            for (JsonNode name : names) {
                if (!name.isTextual()) {
                    return ValueProof.UNPROVABLE;
                }
                required.add(name.textValue());
            }
        }
        JsonNode additional = schema.get("additionalProperties");
        ValueProof others;
        if (additional == null || (additional.isBoolean() && additional.booleanValue())) {
            others = ValueProof.ANYTHING;
        } else if (additional.isBoolean()) {
            others = null;
        } else if (additional.isObject()) {
            others = compile(additional, depth + 1);
        } else {
            return ValueProof.UNPROVABLE;
        }
        Integer min = count(schema, "minProperties", 0);
        Integer max = count(schema, "maxProperties", Integer.MAX_VALUE);
        if (min == null || max == null) {
            return ValueProof.UNPROVABLE;
        }
        return new ValueProof.Members(Map.copyOf(properties), Set.copyOf(required), others, min, max);
    }

    private static ValueProof items(JsonNode schema, int depth) {
        JsonNode items = schema.get("items");
        ValueProof each = items == null ? ValueProof.ANYTHING : items.isObject() ? compile(items, depth + 1)
                : ValueProof.UNPROVABLE;
        Integer min = count(schema, "minItems", 0);
        Integer max = count(schema, "maxItems", Integer.MAX_VALUE);
        if (min == null || max == null) {
            return ValueProof.UNPROVABLE;
        }
        return new ValueProof.Items(each, min, max);
    }

    /** A non-negative count keyword, its default when absent, or null when it is not one the engine would take. */
    private static Integer count(JsonNode schema, String keyword, int absent) {
        JsonNode value = schema.get(keyword);
        if (value == null) {
            return absent;
        }
        return value.isIntegralNumber() && value.canConvertToInt() && value.intValue() >= 0 ? value.intValue()
                : null;
    }
}
