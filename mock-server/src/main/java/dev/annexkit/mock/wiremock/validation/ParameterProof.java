package dev.annexkit.mock.wiremock.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.regex.Pattern;

/**
 * A path or query parameter's check. The library reads a parameter's text into a JSON value by its schema's type
 * (a string as it is, a number or boolean as JSON text) and checks that value against the schema; this reads
 * only the unambiguous texts the same way (plain integers, {@code true}/{@code false}) and leaves the rest
 * ({@code 1.0}, {@code +1}, {@code 01}, blanks, ...) to the library.
 */
record ParameterProof(Kind kind, ValueProof value) {

    /** How the library reads the parameter's text. */
    enum Kind { TEXT, NUMBER, TRUTH, UNPROVABLE }

    private static final Pattern PLAIN_INTEGER = Pattern.compile("-?(0|[1-9][0-9]{0,17})");

    static final ParameterProof NEVER = new ParameterProof(Kind.UNPROVABLE, ValueProof.UNPROVABLE);

    boolean proves(String text) {
        // A blank value is "missing" to the library for most schemas, or checked as "": not worth modelling.
        if (text == null || text.trim().isEmpty() || text.isBlank()) {
            return false;
        }
        JsonNode node = switch (kind) {
            case TEXT -> TextNode.valueOf(text);
            case NUMBER -> PLAIN_INTEGER.matcher(text).matches() ? number(Long.parseLong(text)) : null;
            case TRUTH -> text.equals("true") ? BooleanNode.TRUE : text.equals("false") ? BooleanNode.FALSE : null;
            case UNPROVABLE -> null;
        };
        return node != null && value.proves(node);
    }

    private static JsonNode number(long value) {
        return value == (int) value ? IntNode.valueOf((int) value) : LongNode.valueOf(value);
    }
}
