package dev.annexkit.mock.wiremock.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.wiremock.http.JsonBody;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Lenient reads of decimals and arrays of objects: numbers may come as numeric strings, errors name the field. */
final class WireNumbers {

    private WireNumbers() {
    }

    static Optional<BigDecimal> decimal(JsonBody body, String field) {
        JsonNode node = body.root().path(field);
        if (node.isMissingNode() || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
            return Optional.empty();
        }
        if (node.isNumber()) {
            return Optional.of(node.decimalValue());
        }
        if (node.isTextual()) {
            try {
                return Optional.of(new BigDecimal(node.asText().trim()));
            } catch (NumberFormatException e) {
                throw new InvalidField(field, "must be a number, got \"" + node.asText() + "\"");
            }
        }
        throw new InvalidField(field, "must be a number");
    }

    /** The objects of an array field (empty when absent); a single object counts as a one-element array. */
    static List<JsonBody> objects(JsonBody body, String field) {
        JsonNode node = body.root().path(field);
        List<JsonBody> items = new ArrayList<>();
        if (node.isMissingNode() || node.isNull()) {
            return items;
        }
        if (node.isObject()) {
            items.add(new JsonBody(node));
            return items;
        }
        if (!node.isArray()) {
            throw new InvalidField(field, "must be an array of objects");
        }
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isObject()) {
                throw new InvalidField(field + "[" + i + "]", "must be an object");
            }
            items.add(new JsonBody(node.get(i)));
        }
        return items;
    }

    /** A decimal as its plain text, for fields the contract types as numeric strings. */
    static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
