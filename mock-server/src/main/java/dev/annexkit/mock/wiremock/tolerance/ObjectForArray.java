package dev.annexkit.mock.wiremock.tolerance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * Rule {@link ToleranceRule#OBJECT_TO_ARRAY}: a single object where the schema wants an array of objects (the
 * documented order Add example sends {@code orderDetail} as one object) is read as an array of that one object.
 * Only objects are wrapped, and only where the items are objects: a string for an array stays an error.
 */
final class ObjectForArray {

    private ObjectForArray() {
    }

    /** The wrapped value, or null when the rule does not apply. */
    static ArrayNode wrap(JsonNode value, Shape.Arr array) {
        if (!value.isObject() || !array.ofObjects()) {
            return null;
        }
        return JsonNodeFactory.instance.arrayNode(1).add(value);
    }
}
