package dev.annexkit.mock.wiremock.tolerance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Rules {@link ToleranceRule#WHOLE_DECIMAL}, {@link ToleranceRule#STRING_TO_NUMBER} and
 * {@link ToleranceRule#NUMBER_TO_STRING}: the one place where the mock forgives how a number is written. Annex
 * Cloud's connectors send every DTO field as a string and whole points as {@code Double.toString}
 * ({@code "50.0"}); its documentation sends numbers where the spec says string. A value is rewritten into the
 * form the schema wants only when nothing is lost: {@code "50.5"} or {@code "abc"} for an integer stay as sent,
 * and validation refuses them naming the field.
 */
final class NumberForms {

    /** A plain decimal as people and {@code Double.toString} write it; no exponent, no sign but minus. */
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private NumberForms() {
    }

    /** A rewritten value and the rule that rewrote it. */
    record Coerced(JsonNode value, ToleranceRule rule) {
    }

    /** The value in the form the scalar wants, or null when it already has it or cannot be coerced. */
    static Coerced coerce(JsonNode value, Shape.Scalar scalar) {
        return switch (scalar.type()) {
            case "integer" -> toInteger(value);
            case "number" -> toNumber(value);
            case "string" -> toText(value);
            default -> null;
        };
    }

    private static Coerced toInteger(JsonNode value) {
        BigDecimal number = decimal(value);
        if (number == null || (value.isIntegralNumber())) {
            return null;
        }
        BigDecimal whole = number.stripTrailingZeros();
        // Beyond a long it is out of any integer range the spec has: left for validation to name.
        if (whole.scale() > 0 || whole.precision() - whole.scale() > 19) {
            return null;
        }
        java.math.BigInteger exact = whole.toBigIntegerExact();
        JsonNode integer = exact.bitLength() < 64 ? JsonNodeFactory.instance.numberNode(exact.longValue())
                : JsonNodeFactory.instance.numberNode(exact);
        boolean decimalForm = value.isNumber() || value.asText().contains(".");
        return new Coerced(integer, decimalForm ? ToleranceRule.WHOLE_DECIMAL : ToleranceRule.STRING_TO_NUMBER);
    }

    private static Coerced toNumber(JsonNode value) {
        if (!value.isTextual()) {
            return null;
        }
        BigDecimal number = decimal(value);
        return number == null ? null : new Coerced(JsonNodeFactory.instance.numberNode(number),
                ToleranceRule.STRING_TO_NUMBER);
    }

    private static Coerced toText(JsonNode value) {
        if (!value.isNumber()) {
            return null;
        }
        String text = value.isIntegralNumber() ? value.bigIntegerValue().toString()
                : value.decimalValue().toPlainString();
        return new Coerced(TextNode.valueOf(text), ToleranceRule.NUMBER_TO_STRING);
    }

    /** The value as a decimal when it is a number or a plain numeric string; null otherwise. */
    private static BigDecimal decimal(JsonNode value) {
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isTextual()) {
            String text = value.asText().trim();
            // A bound on length keeps a 100k-digit string from costing a big-number parse.
            if (text.length() <= 40 && NUMBER.matcher(text).matches()) {
                return new BigDecimal(text);
            }
        }
        return null;
    }
}
