package dev.annexkit.mock.wiremock.inspector;

import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.wiremock.http.QueryString;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The query parameters of an inspector read, checked: a bad value answers 400 AC1004 naming the parameter. */
final class InspectorQuery {

    private final Map<String, List<String>> parameters;

    InspectorQuery(String url) {
        this.parameters = QueryString.parameters(url == null ? "" : url);
    }

    /** The first value of the parameter, or null when it is absent. */
    String text(String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** A whole number in {@code [min, max]}; {@code fallback} when absent or empty. */
    int number(String name, int fallback, int min, int max) {
        String text = text(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        throw new InvalidField(name, "must be a whole number from " + min + " to " + max + ", got \"" + text + "\"");
    }

    /** One of the allowed words; {@code fallback} when absent or empty. */
    String choice(String name, String fallback, Set<String> allowed) {
        String text = text(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        if (!allowed.contains(text)) {
            throw new InvalidField(name, "must be one of " + allowed.stream().sorted().toList() + ", got \"" + text
                    + "\"");
        }
        return text;
    }
}
