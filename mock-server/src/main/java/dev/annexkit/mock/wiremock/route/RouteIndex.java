package dev.annexkit.mock.wiremock.route;

import dev.annexkit.mock.wiremock.http.QueryString;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which routes a request could be served by, found by method and path shape instead of by trying every template.
 *
 * <p>The answer is a superset: a route is left out only when its template cannot match the request's path
 * (another method, another number of segments, or a literal segment that differs both as sent and decoded).
 * Whoever asks still runs the real matcher on what is returned, so the index only saves work, never decides.
 */
public final class RouteIndex {

    private final String basePath;
    /** "METHOD segment-count" → the routes of that shape. */
    private final Map<String, List<Shape>> byShape = new HashMap<>();

    /**
     * @param routes the contract's routes
     * @param basePath the path the API lives under ({@code /api/3.0}); templates are relative to it
     */
    public RouteIndex(RouteTable routes, String basePath) {
        this.basePath = basePath;
        for (Route route : routes.routes()) {
            String[] segments = Route.segments(route.pathTemplate()).toArray(String[]::new);
            byShape.computeIfAbsent(key(route.method(), segments.length), k -> new ArrayList<>())
                    .add(new Shape(route.operationId(), segments));
        }
    }

    /**
     * The operationIds whose routes may match a request.
     *
     * @param method the request's HTTP method
     * @param url the request URL as WireMock reports it (path from the server root, maybe with a query)
     */
    public Set<String> candidates(String method, String url) {
        String path = QueryString.rawPath(url);
        if (!path.startsWith(basePath) || (path.length() > basePath.length() && path.charAt(basePath.length()) != '/')) {
            return Set.of();
        }
        List<String> actual = Route.segments(path.substring(basePath.length()));
        List<Shape> shapes = byShape.get(key(method.toUpperCase(Locale.ROOT), actual.size()));
        if (shapes == null) {
            return Set.of();
        }
        List<String> found = new ArrayList<>(2);
        for (Shape shape : shapes) {
            if (shape.mayMatch(actual)) {
                found.add(shape.operationId);
            }
        }
        return Set.copyOf(found);
    }

    private static String key(String method, int segments) {
        return method + ' ' + segments;
    }

    /** One template split into segments; {@code null} stands for a parameter. */
    private static final class Shape {
        private final String operationId;
        private final String[] literals;

        Shape(String operationId, String[] segments) {
            this.operationId = operationId;
            this.literals = new String[segments.length];
            for (int i = 0; i < segments.length; i++) {
                literals[i] = Route.isParameter(segments[i]) ? null : segments[i];
            }
        }

        boolean mayMatch(List<String> actual) {
            for (int i = 0; i < literals.length; i++) {
                String literal = literals[i];
                if (literal != null && !literal.equals(actual.get(i))
                        && !literal.equals(PathSegments.decode(actual.get(i)))) {
                    return false;
                }
            }
            return true;
        }
    }
}
