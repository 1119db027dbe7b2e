package dev.annexkit.spec;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks a JSON value against the subset of OpenAPI 3.0 schema keywords the AnnexKit spec uses: type, nullable,
 * required, properties, additionalProperties, min/maxProperties, items, enum, oneOf, allOf, maxLength,
 * minimum/maximum (with the 3.0 boolean exclusives) and the int32/int64 formats. Every violation names the JSON path where it occurs. Unknown keywords
 * are ignored, so a keyword the spec starts to use must be added here before it is checked.
 */
final class SchemaChecker {

    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private final Components components;

    SchemaChecker(Components components) {
        this.components = components;
    }

    /** Turns whatever swagger-parser stored as an example (String, Number, Boolean, ObjectNode…) into JSON. */
    static JsonNode json(Object example) {
        return example instanceof JsonNode node ? node : Json.mapper().valueToTree(example);
    }

    List<String> check(Schema<?> schema, JsonNode value) {
        List<String> violations = new ArrayList<>();
        check(schema, value, "$", violations);
        return violations;
    }

    private void check(Schema<?> schema, JsonNode value, String path, List<String> out) {
        if (schema == null) {
            return;
        }
        Schema<?> s = resolve(schema, path, out);
        if (s == null) {
            return;
        }
        if (value == null || value.isNull()) {
            if (!Boolean.TRUE.equals(s.getNullable()) && hasConstraints(s)) {
                out.add(path + ": null is not allowed (schema is not nullable)");
            }
            return;
        }
        if (s.getAllOf() != null) {
            for (Schema<?> part : s.getAllOf()) {
                check(part, value, path, out);
            }
        }
        if (s.getOneOf() != null) {
            int matches = 0;
            List<String> reasons = new ArrayList<>();
            for (int i = 0; i < s.getOneOf().size(); i++) {
                List<String> branch = new ArrayList<>();
                check(s.getOneOf().get(i), value, path, branch);
                if (branch.isEmpty()) {
                    matches++;
                } else {
                    reasons.add("#" + i + " " + branch);
                }
            }
            if (matches != 1) {
                out.add(path + ": must match exactly one oneOf branch, matched " + matches
                        + (matches == 0 ? " " + reasons : ""));
            }
        }
        String type = effectiveType(s);
        if (type != null && !hasType(value, type)) {
            out.add(path + ": expected " + type + " but was " + describe(value));
            return;
        }
        checkEnum(s, value, path, out);
        checkNumber(s, value, path, out);
        if (value.isTextual() && s.getMaxLength() != null
                && value.asText().codePointCount(0, value.asText().length()) > s.getMaxLength()) {
            out.add(path + ": longer than maxLength " + s.getMaxLength());
        }
        if (value.isObject() && s.getMaxProperties() != null && value.size() > s.getMaxProperties()) {
            out.add(path + ": more than maxProperties " + s.getMaxProperties());
        }
        if (value.isObject() && s.getMinProperties() != null && value.size() < s.getMinProperties()) {
            out.add(path + ": fewer than minProperties " + s.getMinProperties());
        }
        if (value.isObject()) {
            checkObject(s, value, path, out);
        }
        if (value.isArray() && s.getItems() != null) {
            for (int i = 0; i < value.size(); i++) {
                check(s.getItems(), value.get(i), path + "[" + i + "]", out);
            }
        }
    }

    private Schema<?> resolve(Schema<?> schema, String path, List<String> out) {
        Schema<?> s = schema;
        for (int hops = 0; s.get$ref() != null; hops++) {
            String ref = s.get$ref();
            Schema<?> target = ref.startsWith("#/components/schemas/") && components != null
                    && components.getSchemas() != null ? components.getSchemas().get(Specs.name(ref)) : null;
            if (target == null || hops > 20) {
                out.add(path + ": unresolvable $ref " + ref);
                return null;
            }
            s = target;
        }
        return s;
    }

    private static boolean hasConstraints(Schema<?> s) {
        return s.getType() != null || s.getProperties() != null || s.getItems() != null || s.getEnum() != null
                || s.getOneOf() != null || s.getAllOf() != null;
    }

    private static String effectiveType(Schema<?> s) {
        if (s.getType() != null) {
            return s.getType();
        }
        return s.getProperties() != null || s.getRequired() != null ? "object" : null;
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "string" -> value.isTextual();
            case "integer" -> value.isNumber() && isWhole(value.decimalValue());
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "array" -> value.isArray();
            case "object" -> value.isObject();
            default -> false;
        };
    }

    private static boolean isWhole(BigDecimal d) {
        return d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
    }

    private static void checkEnum(Schema<?> s, JsonNode value, String path, List<String> out) {
        List<?> allowed = s.getEnum();
        if (allowed == null || allowed.isEmpty()) {
            return;
        }
        for (Object candidate : allowed) {
            JsonNode c = json(candidate);
            boolean same = c.isNumber() && value.isNumber()
                    ? c.decimalValue().compareTo(value.decimalValue()) == 0
                    : Objects.equals(c, value);
            if (same) {
                return;
            }
        }
        out.add(path + ": " + value + " is not one of " + allowed);
    }

    private static void checkNumber(Schema<?> s, JsonNode value, String path, List<String> out) {
        if (!value.isNumber()) {
            return;
        }
        BigDecimal n = value.decimalValue();
        if ("int32".equals(s.getFormat()) && (!isWhole(n) || n.compareTo(INT_MIN) < 0 || n.compareTo(INT_MAX) > 0)) {
            out.add(path + ": " + n + " does not fit format int32");
        }
        if ("int64".equals(s.getFormat()) && (!isWhole(n) || n.compareTo(LONG_MIN) < 0 || n.compareTo(LONG_MAX) > 0)) {
            out.add(path + ": " + n + " does not fit format int64");
        }
        if (s.getMinimum() != null) {
            int cmp = n.compareTo(s.getMinimum());
            if (cmp < 0 || (cmp == 0 && Boolean.TRUE.equals(s.getExclusiveMinimum()))) {
                out.add(path + ": " + n + " is below the minimum " + s.getMinimum());
            }
        }
        if (s.getMaximum() != null) {
            int cmp = n.compareTo(s.getMaximum());
            if (cmp > 0 || (cmp == 0 && Boolean.TRUE.equals(s.getExclusiveMaximum()))) {
                out.add(path + ": " + n + " is above the maximum " + s.getMaximum());
            }
        }
    }

    private void checkObject(Schema<?> s, JsonNode value, String path, List<String> out) {
        if (s.getRequired() != null) {
            for (String field : s.getRequired()) {
                if (!value.has(field)) {
                    out.add(path + ": required property '" + field + "' is missing");
                }
            }
        }
        Map<String, Schema> properties = s.getProperties() == null ? Map.of() : s.getProperties();
        Object additional = s.getAdditionalProperties();
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String fieldPath = path + "." + field.getKey();
            Schema<?> declared = properties.get(field.getKey());
            if (declared != null) {
                check(declared, field.getValue(), fieldPath, out);
            } else if (additional instanceof Schema<?> extra) {
                check(extra, field.getValue(), fieldPath, out);
            } else if (Boolean.FALSE.equals(additional)) {
                out.add(fieldPath + ": property is not allowed (additionalProperties: false)");
            }
        }
    }

    private static String describe(JsonNode value) {
        return value.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + value;
    }
}
