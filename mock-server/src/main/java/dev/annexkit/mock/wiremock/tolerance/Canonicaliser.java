package dev.annexkit.mock.wiremock.tolerance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks one request body against its operation's {@link Shape} and applies every rule in place, recording each
 * application. One pass, no copy: the body is the request's own freshly parsed tree.
 */
final class Canonicaliser {

    /** Enough to name every deviation of a real client; a body of a million unknown keys is counted, not listed. */
    static final int MAX_LISTED = 100;

    private final List<Toleration> applied = new ArrayList<>();
    private int total;

    private Canonicaliser() {
    }

    /** Rewrites {@code body} into its canonical form; returns the new root and what was applied. */
    static Result canonicalise(JsonNode body, Shape shape) {
        Canonicaliser walk = new Canonicaliser();
        JsonNode root = walk.value(body, shape, Where.ROOT);
        return new Result(root, List.copyOf(walk.applied), walk.total);
    }

    /**
     * The canonical body and the tolerations applied to reach it (empty when the body was canonical): the first
     * {@link #MAX_LISTED}, and how many there were in all.
     */
    record Result(JsonNode body, List<Toleration> applied, int total) {
    }

    /** The value to keep in place of {@code node} (the same node, changed in place, or a replacement). */
    private JsonNode value(JsonNode node, Shape shape, Where where) {
        if (shape instanceof Shape.Choice choice) {
            Shape picked = choice.pick(node);
            return picked == null ? node : value(node, picked, where);
        }
        if (shape instanceof Shape.Obj object) {
            if (node.isObject()) {
                members((ObjectNode) node, object, where);
            }
            return node;
        }
        if (shape instanceof Shape.Arr array) {
            return items(node, array, where);
        }
        if (shape instanceof Shape.Scalar scalar) {
            return scalar(node, scalar, where);
        }
        return node;
    }

    private void members(ObjectNode object, Shape.Obj shape, Where where) {
        List<String> names = new ArrayList<>(object.size());
        object.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            JsonNode member = object.get(name);
            Shape memberShape = shape.member(name);
            Where at = where.child(name);
            if (NullMembers.dropped(member, memberShape)) {
                object.remove(name);
                record(ToleranceRule.NULL_MEMBER, at);
            } else if (UnknownFields.unknown(shape, name)) {
                object.remove(name);
                record(ToleranceRule.UNKNOWN_FIELD, at);
            } else {
                JsonNode canonical = value(member, memberShape, at);
                if (canonical != member) {
                    object.set(name, canonical);
                }
            }
        }
    }

    private JsonNode items(JsonNode node, Shape.Arr shape, Where where) {
        ArrayNode wrapped = ObjectForArray.wrap(node, shape);
        if (wrapped != null) {
            record(ToleranceRule.OBJECT_TO_ARRAY, where);
        }
        JsonNode array = wrapped != null ? wrapped : node;
        if (array.isArray()) {
            ArrayNode items = (ArrayNode) array;
            for (int i = 0; i < items.size(); i++) {
                JsonNode item = items.get(i);
                JsonNode canonical = value(item, shape.items(), where.child(Integer.toString(i)));
                if (canonical != item) {
                    items.set(i, canonical);
                }
            }
        }
        return array;
    }

    private JsonNode scalar(JsonNode node, Shape.Scalar shape, Where where) {
        NumberForms.Coerced coerced = NumberForms.coerce(node, shape);
        JsonNode value = node;
        if (coerced != null) {
            record(coerced.rule(), where);
            value = coerced.value();
        }
        JsonNode folded = EnumCasing.fold(value, shape);
        if (folded != null) {
            record(ToleranceRule.ENUM_CASE, where);
            value = folded;
        }
        return value;
    }

    private void record(ToleranceRule rule, Where where) {
        total++;
        if (applied.size() < MAX_LISTED) {
            applied.add(new Toleration(rule, where.pointer()));
        }
    }

    /** Where the walk is, rendered as a JSON Pointer only when something is recorded there. */
    private record Where(Where parent, String segment) {
        static final Where ROOT = new Where(null, null);

        Where child(String name) {
            return new Where(this, name);
        }

        String pointer() {
            if (parent == null) {
                return "/";
            }
            StringBuilder out = new StringBuilder();
            append(out);
            return out.toString();
        }

        private void append(StringBuilder out) {
            if (parent == null) {
                return;
            }
            parent.append(out);
            out.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
        }
    }
}
