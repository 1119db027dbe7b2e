package dev.annexkit.mock.wiremock.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.error.MissingField;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A request body with typed, lenient field access in the API's style: numbers may arrive as numeric
 * strings, and every problem names the wire field.
 */
public record JsonBody(JsonNode root) {

    /** The body of a request that sent none. */
    public static JsonBody empty() {
        return new JsonBody(MissingNode.getInstance());
    }

    /** The value at a field of the root object. */
    public JsonBody at(String field) {
        JsonNode node = root.path(field);
        if (!node.isMissingNode() && !node.isNull() && !node.isObject()) {
            throw new InvalidField(field, "must be an object");
        }
        return new JsonBody(node);
    }

    /** A text field that must be present and not blank. */
    public String requiredText(String field) {
        return text(field).filter(s -> !s.isBlank()).orElseThrow(() -> new MissingField(field));
    }

    /** An optional text field; numbers and booleans are read as their text. */
    public Optional<String> text(String field) {
        JsonNode node = root.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isValueNode()) {
            throw new InvalidField(field, "must be a string");
        }
        return Optional.of(node.asText());
    }

    /** An optional whole number, sent as a JSON number or a numeric string. */
    public Optional<Long> number(String field) {
        JsonNode node = root.path(field);
        if (node.isMissingNode() || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
            return Optional.empty();
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return Optional.of(node.asLong());
        }
        if (node.isTextual()) {
            return Optional.of(wholeNumber(field, node.asText()));
        }
        throw new InvalidField(field, "must be a whole number");
    }

    /**
     * A whole number in a string field: plain ({@code "50"}) or written as Java's {@code Double.toString} writes
     * it ({@code "50.0"}), as the SAP connector sends points; a fraction or anything else is refused.
     */
    private static final java.util.regex.Pattern WHOLE = java.util.regex.Pattern.compile("[-+]?\\d+(\\.0+)?");

    private static long wholeNumber(String field, String text) {
        String trimmed = text.trim();
        try {
            if (!WHOLE.matcher(trimmed).matches()) {
                throw new NumberFormatException(trimmed);
            }
            int dot = trimmed.indexOf('.');
            return Long.parseLong(dot < 0 ? trimmed : trimmed.substring(0, dot));
        } catch (NumberFormatException e) {
            throw new InvalidField(field, "must be a whole number, got \"" + text + "\"");
        }
    }

    /** A whole number that must be present. */
    public long requiredNumber(String field) {
        return number(field).orElseThrow(() -> new MissingField(field));
    }

    /** An optional whole number that must fit an {@code int}. */
    public Optional<Integer> integer(String field) {
        return number(field).map(n -> {
            if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
                throw new InvalidField(field, "is out of range");
            }
            return n.intValue();
        });
    }

    /** An optional object of text values, e.g. {@code extendedAttribute}. */
    public Map<String, String> textMap(String field) {
        JsonNode node = root.path(field);
        Map<String, String> values = new LinkedHashMap<>();
        if (node.isMissingNode() || node.isNull()) {
            return values;
        }
        if (!node.isObject()) {
            throw new InvalidField(field, "must be an object");
        }
        node.fields().forEachRemaining(e -> {
            if (!e.getValue().isValueNode()) {
                throw new InvalidField(field + "." + e.getKey(), "must be a string");
            }
            values.put(e.getKey(), e.getValue().asText());
        });
        return values;
    }

    /** Whether the root has the field at all. */
    public boolean has(String field) {
        return root.has(field) && !root.get(field).isNull();
    }
}
