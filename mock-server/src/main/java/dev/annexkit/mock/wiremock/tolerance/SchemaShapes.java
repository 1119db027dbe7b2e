package dev.annexkit.mock.wiremock.tolerance;

import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Compiles a (fully resolved) OpenAPI schema into the {@link Shape} the tolerance layer walks. */
final class SchemaShapes {

    /** Deeper than any AnnexKit body; also stops a recursive schema. */
    private static final int MAX_DEPTH = 24;

    private SchemaShapes() {
    }

    static Shape of(Schema<?> schema) {
        return compile(schema, 0);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Shape compile(Schema<?> schema, int depth) {
        if (schema == null || depth > MAX_DEPTH) {
            return new Shape.Open(true);
        }
        boolean nullable = Boolean.TRUE.equals(schema.getNullable());
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            return allOf(schema, depth, nullable);
        }
        List<Schema> alternatives = schema.getOneOf() != null && !schema.getOneOf().isEmpty() ? schema.getOneOf()
                : schema.getAnyOf();
        if (alternatives != null && !alternatives.isEmpty()) {
            List<Shape> options = new ArrayList<>();
            for (Schema option : alternatives) {
                options.add(compile(option, depth + 1));
            }
            String discriminator = schema.getDiscriminator() == null ? null
                    : schema.getDiscriminator().getPropertyName();
            return new Shape.Choice(List.copyOf(options), discriminator, union(options), nullable);
        }
        String type = schema.getType();
        if ("array".equals(type) || (type == null && schema.getItems() != null)) {
            return new Shape.Arr(compile(schema.getItems(), depth + 1), nullable);
        }
        if ("object".equals(type) || (type == null
                && (schema.getProperties() != null || schema.getAdditionalProperties() != null))) {
            return object(schema, depth, nullable);
        }
        if ("string".equals(type) || "integer".equals(type) || "number".equals(type) || "boolean".equals(type)) {
            List<String> values = new ArrayList<>();
            if ("string".equals(type) && schema.getEnum() != null) {
                for (Object value : schema.getEnum()) {
                    if (value != null) {
                        values.add(value.toString());
                    }
                }
            }
            return new Shape.Scalar(type, List.copyOf(values), nullable);
        }
        return new Shape.Open(nullable);
    }

    @SuppressWarnings("rawtypes")
    private static Shape object(Schema<?> schema, int depth, boolean nullable) {
        Map<String, Shape> properties = new LinkedHashMap<>();
        if (schema.getProperties() != null) {
            for (Map.Entry<String, Schema> p : schema.getProperties().entrySet()) {
                properties.put(p.getKey(), compile(p.getValue(), depth + 1));
            }
        }
        Object additional = schema.getAdditionalProperties();
        Shape additionalShape = additional instanceof Schema<?> s && !isEmpty(s) ? compile(s, depth + 1) : null;
        boolean anyAdditional = Boolean.TRUE.equals(additional) || (additional instanceof Schema<?> s && isEmpty(s))
                // A free-form object ({type: object} and nothing else) takes any member.
                || (additional == null && schema.getProperties() == null);
        return new Shape.Obj(Map.copyOf(properties), additionalShape, anyAdditional, nullable);
    }

    @SuppressWarnings("rawtypes")
    private static Shape allOf(Schema<?> schema, int depth, boolean nullable) {
        List<Shape> parts = new ArrayList<>();
        for (Schema part : schema.getAllOf()) {
            parts.add(compile(part, depth + 1));
        }
        if (schema.getProperties() != null) {
            parts.add(object(schema, depth, nullable));
        }
        Shape.Obj merged = union(parts);
        if (merged == null) {
            return new Shape.Open(nullable);
        }
        return new Shape.Obj(merged.properties(), merged.additional(), merged.anyAdditional(), nullable);
    }

    /** Every property any object shape names (first definition wins); null when none is an object. */
    private static Shape.Obj union(List<Shape> shapes) {
        Map<String, Shape> properties = new LinkedHashMap<>();
        Shape additional = null;
        boolean anyAdditional = false;
        boolean found = false;
        for (Shape shape : shapes) {
            if (shape instanceof Shape.Obj o) {
                found = true;
                o.properties().forEach(properties::putIfAbsent);
                additional = additional != null ? additional : o.additional();
                anyAdditional |= o.anyAdditional();
            } else if (shape instanceof Shape.Open) {
                // A branch that allows anything: nothing may be dropped.
                anyAdditional = true;
            }
        }
        return found ? new Shape.Obj(Map.copyOf(properties), additional, anyAdditional, false) : null;
    }

    private static boolean isEmpty(Schema<?> s) {
        return s.getType() == null && s.getProperties() == null && s.get$ref() == null && s.getAllOf() == null
                && s.getOneOf() == null && s.getAnyOf() == null && s.getItems() == null
                && s.getAdditionalProperties() == null;
    }
}
