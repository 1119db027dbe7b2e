package dev.annexkit.mock.wiremock.route;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One operation of the contract: its HTTP method, its path template (as written in the spec, relative to
 * the API base path) and its operationId.
 */
public record Route(String operationId, String method, String pathTemplate) {

    /** The names of the template's path parameters, in order. */
    public List<String> parameterNames() {
        List<String> names = new ArrayList<>();
        for (String segment : segments(pathTemplate)) {
            if (isParameter(segment)) {
                names.add(segment.substring(1, segment.length() - 1));
            }
        }
        return names;
    }

    /** Number of literal (non-parameter) segments; more literals means a more specific route. */
    public int literalSegments() {
        int literals = 0;
        for (String segment : segments(pathTemplate)) {
            if (!isParameter(segment)) {
                literals++;
            }
        }
        return literals;
    }

    /**
     * Matches a raw (still percent-encoded) request path, relative to the API base path, and returns the
     * decoded path parameters by name.
     */
    public Optional<Map<String, String>> match(String rawPath) {
        List<String> template = segments(pathTemplate);
        List<String> actual = segments(rawPath);
        if (template.size() != actual.size()) {
            return Optional.empty();
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < template.size(); i++) {
            String expected = template.get(i);
            if (isParameter(expected)) {
                params.put(expected.substring(1, expected.length() - 1), PathSegments.decode(actual.get(i)));
            } else if (!expected.equals(actual.get(i))) {
                return Optional.empty();
            }
        }
        return Optional.of(Collections.unmodifiableMap(params));
    }

    /** Whether a template segment is a parameter ({@code {name}}). */
    static boolean isParameter(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    /** The non-empty segments of a path or template. */
    static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        for (String part : path.split("/", -1)) {
            if (!part.isEmpty()) {
                segments.add(part);
            }
        }
        return segments;
    }
}
