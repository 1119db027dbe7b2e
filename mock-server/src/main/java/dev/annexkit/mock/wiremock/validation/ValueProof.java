package dev.annexkit.mock.wiremock.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * A compiled JSON schema that can prove a value keeps it: {@code true} means the library's schema engine would
 * report no problem for that value; {@code false} only means "not proved" (the value may be wrong, or may use
 * something this check does not model), and the caller then asks the library. So every check here may be
 * stricter than the library, never more lenient. Compiled by {@link ValueProofs}.
 */
interface ValueProof {

    /** Whether {@code value} provably keeps the schema. */
    boolean proves(JsonNode value);

    /** A schema with a keyword or form that is not modelled: nothing is proved. */
    ValueProof UNPROVABLE = value -> false;

    /**
     * A schema without constraints ({@code {}}, or a free-form member): anything keeps it. Except that a null is
     * never proved, even here: when the tolerance stage rewrote a body, the text the library reads is written
     * without null members, so a null in the tree may be absent from what the library checks (and be missed by
     * a {@code required}).
     */
    ValueProof ANYTHING = value -> !value.isNull();

    /**
     * A string: length in code points, as the engine counts it (a surrogate pair is one character), and the
     * allowed values when the schema lists them (null when it does not).
     */
    record Text(int minLength, int maxLength, Set<String> allowed) implements ValueProof {
        @Override
        public boolean proves(JsonNode value) {
            if (!value.isTextual()) {
                return false;
            }
            String text = value.textValue();
            // Cheap bounds first: a string of n chars has between n/2 and n code points.
            int chars = text.length();
            if (chars > maxLength * 2L || chars < minLength) {
                return false;
            }
            if (chars > maxLength || chars / 2 < minLength) {
                int codePoints = text.codePointCount(0, chars);
                if (codePoints > maxLength || codePoints < minLength) {
                    return false;
                }
            }
            return allowed == null || allowed.contains(text);
        }
    }

    /**
     * A whole number sent as a JSON integer ({@code 1.0} is a number, not an integer, to the engine), within
     * int32/int64 when the format says so and within the bounds. Bounds are compared on the value, so the
     * node's class (int, long, big integer) does not matter.
     */
    record WholeNumber(boolean int32, boolean int64, Bounds bounds) implements ValueProof {
        @Override
        public boolean proves(JsonNode value) {
            if (!value.isIntegralNumber()) {
                return false;
            }
            if ((int32 && !value.canConvertToInt()) || (int64 && !value.canConvertToLong())) {
                return false;
            }
            return bounds.hold(value);
        }
    }

    /**
     * Any JSON number. Only int, long and double nodes: they are what parsing the body text gives back, value for
     * value, whichever mapper parses it; a big decimal or float node is left to the library. {@code double}
     * repeats the library's format check (the value must survive a round trip through a double).
     */
    record AnyNumber(boolean asDouble, Bounds bounds) implements ValueProof {
        @Override
        public boolean proves(JsonNode value) {
            if (!(value instanceof IntNode || value instanceof LongNode || value instanceof DoubleNode)) {
                return false;
            }
            if (asDouble && !survivesDouble(value)) {
                return false;
            }
            return bounds.hold(value);
        }

        private static boolean survivesDouble(JsonNode value) {
            if (value.isDouble() && !Double.isFinite(value.doubleValue())) {
                return false;
            }
            BigDecimal exact = value.decimalValue();
            return exact.compareTo(BigDecimal.valueOf(exact.doubleValue())) == 0;
        }
    }

    /** {@code true} or {@code false}. */
    ValueProof TRUTH = JsonNode::isBoolean;

    /**
     * {@code minimum}/{@code maximum} with their exclusive flags, null where absent; compared as decimals, which
     * is how the engine decides whenever a long comparison would not do, and agrees with it when it would.
     */
    record Bounds(BigDecimal minimum, boolean exclusiveMinimum, BigDecimal maximum, boolean exclusiveMaximum) {
        static final Bounds NONE = new Bounds(null, false, null, false);

        boolean hold(JsonNode value) {
            if (minimum == null && maximum == null) {
                return true;
            }
            BigDecimal v = value.decimalValue();
            if (minimum != null) {
                int c = v.compareTo(minimum);
                if (c < 0 || (c == 0 && exclusiveMinimum)) {
                    return false;
                }
            }
            if (maximum != null) {
                int c = v.compareTo(maximum);
                return c < 0 || (c == 0 && !exclusiveMaximum);
            }
            return true;
        }
    }

    /**
     * An object: the named properties' proofs, which names must be present, and what other members may be —
     * {@code others} proves each of them, or is null when the schema allows no other member (the library closes
     * every object schema that names properties unless it says otherwise).
     */
    record Members(Map<String, ValueProof> properties, Set<String> required, ValueProof others,
                   int minProperties, int maxProperties) implements ValueProof {
        @Override
        public boolean proves(JsonNode value) {
            if (!value.isObject()) {
                return false;
            }
            int size = value.size();
            if (size < minProperties || size > maxProperties) {
                return false;
            }
            for (String name : required) {
                if (!value.has(name)) {
                    return false;
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> members = value.fields(); members.hasNext(); ) {
                Map.Entry<String, JsonNode> member = members.next();
                ValueProof proof = properties.get(member.getKey());
                if (proof == null) {
                    proof = others;
                }
                if (proof == null || !proof.proves(member.getValue())) {
                    return false;
                }
            }
            return true;
        }
    }

    /** One of several branches, each of a different JSON kind: the value is proved by the branch of its kind. */
    record ByKind(Map<String, ValueProof> branches) implements ValueProof {
        @Override
        public boolean proves(JsonNode value) {
            ValueProof branch = branches.get(kind(value));
            return branch != null && branch.proves(value);
        }

        private static String kind(JsonNode value) {
            return switch (value.getNodeType()) {
                case STRING -> "string";
                case NUMBER -> "number";
                case BOOLEAN -> "boolean";
                case OBJECT -> "object";
                case ARRAY -> "array";
                default -> "";
            };
        }
    }

    /** An array of items that each keep {@code items}, with its size bounds. */
    record Items(ValueProof items, int minItems, int maxItems) implements ValueProof {
        @Override
        public boolean proves(JsonNode value) {
            if (!value.isArray()) {
                return false;
            }
            int size = value.size();
            if (size < minItems || size > maxItems) {
                return false;
            }
            for (JsonNode item : value) {
                if (!items.proves(item)) {
                    return false;
                }
            }
            return true;
        }
    }
}
