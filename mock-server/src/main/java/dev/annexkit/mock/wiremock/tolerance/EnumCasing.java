package dev.annexkit.mock.wiremock.tolerance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Rule {@link ToleranceRule#ENUM_CASE}: Annex Cloud's documentation mixes {@code "Add"}/{@code "add"} and
 * {@code "Return"}/{@code "RETURN"}, so a string that equals exactly one enum value but for casing is read as
 * that value, spelt as the spec spells it. Answers keep the documented casing.
 */
final class EnumCasing {

    private EnumCasing() {
    }

    /** The spec's spelling of the value, or null when it already matches, or matches no value or several. */
    static TextNode fold(JsonNode value, Shape.Scalar scalar) {
        if (!value.isTextual() || scalar.enumValues().isEmpty()) {
            return null;
        }
        String sent = value.asText();
        String match = null;
        for (String allowed : scalar.enumValues()) {
            if (allowed.equals(sent)) {
                return null;
            }
            if (allowed.equalsIgnoreCase(sent)) {
                if (match != null) {
                    return null;
                }
                match = allowed;
            }
        }
        return match == null ? null : TextNode.valueOf(match);
    }
}
