package dev.annexkit.mock.wiremock.tolerance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the tolerance layer needs to know of a request schema, compiled once per operation from the spec so
 * that a request only walks its body against it. Only as much of JSON Schema as tolerance acts on.
 */
sealed interface Shape {

    /** Whether the schema allows {@code null} here (OpenAPI {@code nullable: true}). */
    boolean nullable();

    /** Anything goes (no type, or a schema tolerance does not act on): the value is left as sent. */
    record Open(boolean nullable) implements Shape {
        /** A member of a free-form object or of an object that takes any further member. */
        static final Open ANY = new Open(true);
    }

    /**
     * An object: its named properties, and what the schema says of the others — {@code additional} is their
     * shape when the schema allows them (keyed maps such as {@code {"1":{…},"2":{…}}}), null when it does not;
     * {@code anyAdditional} when any other property is allowed as it is.
     */
    record Obj(Map<String, Shape> properties, Shape additional, boolean anyAdditional, boolean nullable)
            implements Shape {

        /** The shape of a member, or null when the schema does not allow it. */
        Shape member(String name) {
            Shape named = properties.get(name);
            if (named != null) {
                return named;
            }
            return additional != null ? additional : anyAdditional ? Open.ANY : null;
        }
    }

    /** An array of items of one shape. */
    record Arr(Shape items, boolean nullable) implements Shape {

        /** Whether its items are objects (so a single object sent in its place can be wrapped). */
        boolean ofObjects() {
            return items instanceof Obj || (items instanceof Choice c && c.union() != null);
        }
    }

    /** A string, integer, number or boolean, with the string enum values the spec lists (empty when none). */
    record Scalar(String type, List<String> enumValues, boolean nullable) implements Shape {
    }

    /**
     * A oneOf/anyOf. Objects are read against the branch the {@code discriminator} value picks (its casing
     * forgiven), else against {@code union}: every property any object branch names, so nothing a branch
     * allows is dropped. Other values are read against the first branch of their kind.
     */
    record Choice(List<Shape> options, String discriminator, Obj union, boolean nullable) implements Shape {

        /** The branch to read {@code node} against, or null to leave it as sent. */
        Shape pick(JsonNode node) {
            if (node.isObject()) {
                Shape picked = discriminator == null ? null : byDiscriminator(node.path(discriminator));
                if (picked != null) {
                    return picked;
                }
                return union != null ? union : firstOf(Arr.class);
            }
            if (node.isArray()) {
                return firstOf(Arr.class);
            }
            for (Shape option : options) {
                if (option instanceof Scalar s && s.type().equals(kind(node))) {
                    return option;
                }
            }
            return firstOf(Scalar.class);
        }

        private Shape byDiscriminator(JsonNode value) {
            if (!value.isTextual()) {
                return null;
            }
            String wanted = value.asText().toLowerCase(Locale.ROOT);
            for (Shape option : options) {
                if (option instanceof Obj o && o.properties().get(discriminator) instanceof Scalar s
                        && s.enumValues().stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).equals(wanted))) {
                    return option;
                }
            }
            return null;
        }

        private Shape firstOf(Class<? extends Shape> type) {
            return options.stream().filter(type::isInstance).findFirst().orElse(null);
        }

        private static String kind(JsonNode node) {
            if (node.isTextual()) {
                return "string";
            }
            if (node.isIntegralNumber()) {
                return "integer";
            }
            return node.isNumber() ? "number" : node.isBoolean() ? "boolean" : "";
        }
    }
}
