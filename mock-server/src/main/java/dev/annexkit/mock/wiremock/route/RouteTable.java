package dev.annexkit.mock.wiremock.route;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every operation of the AnnexKit spec, read from the spec jar at start-up: the spec, not a hand-kept list,
 * decides what the mock serves.
 */
public final class RouteTable {

    private final List<Route> routes;
    private final Map<String, Route> byOperationId = new HashMap<>();

    private RouteTable(List<Route> routes) {
        // Most specific first, so /receipts/user/{id} wins over /receipts/{id}.
        List<Route> sorted = new ArrayList<>(routes);
        sorted.sort(Comparator.comparingInt(Route::literalSegments).reversed());
        this.routes = List.copyOf(sorted);
        for (Route route : this.routes) {
            byOperationId.putIfAbsent(route.operationId(), route);
        }
    }

    private static volatile RouteTable packaged;

    /**
     * The routes of the spec packaged by {@code annexkit-spec}, read once (the table is immutable): from the route
     * list the build rendered from the spec ({@link SpecJsonRendering}), or from the spec itself where the build
     * has not rendered it. Start-up reads 75 lines instead of parsing a 250 KB spec on the thread that starts the
     * server.
     */
    public static RouteTable fromSpec() {
        RouteTable table = packaged;
        if (table == null) {
            String list = SpecResource.routeList();
            table = list != null ? fromRouteList(list) : fromYaml(SpecResource.text());
            packaged = table;
        }
        return table;
    }

    /** The table as a route list: a line per route, {@code METHOD<tab>path template<tab>operationId}. */
    public String routeList() {
        StringBuilder list = new StringBuilder();
        for (Route route : routes) {
            list.append(route.method()).append('\t').append(route.pathTemplate()).append('\t')
                    .append(route.operationId() == null ? "" : route.operationId()).append('\n');
        }
        return list.toString();
    }

    /** Reads a table written by {@link #routeList()}. */
    public static RouteTable fromRouteList(String list) {
        List<Route> routes = new ArrayList<>();
        for (String line : list.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 3) {
                throw new IllegalStateException("the AnnexKit route list has a bad line: " + line);
            }
            routes.add(new Route(fields[2].isEmpty() ? null : fields[2], fields[0], fields[1]));
        }
        return new RouteTable(routes);
    }

    /** The methods of a path item, in the order the OpenAPI parser lists them. */
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options",
            "trace");
    /**
     * Only a spec given as text needs a JSON or YAML parser: the packaged spec's routes are read from its route
     * list, and creating the first {@code ObjectMapper} of a JVM costs the starting thread a tenth of a first start.
     */
    private static final class Parsers {
        static final ObjectMapper JSON = new ObjectMapper();
        static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    }

    /**
     * Loads the routes of an OpenAPI document given as text (YAML, or JSON). Only {@code paths} is read, as plain
     * YAML or JSON: the full
     * OpenAPI parser took over a second of a cold start for three strings per operation.
     */
    public static RouteTable fromYaml(String yaml) {
        JsonNode paths;
        try {
            ObjectMapper parser = yaml.stripLeading().startsWith("{") ? Parsers.JSON : Parsers.YAML;
            paths = parser.readTree(yaml).path("paths");
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("the AnnexKit spec does not parse: " + e.getMessage(), e);
        }
        if (!paths.isObject()) {
            throw new IllegalStateException("the AnnexKit spec does not parse: it has no paths");
        }
        List<Route> routes = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> path = paths.fields(); path.hasNext(); ) {
            Map.Entry<String, JsonNode> item = path.next();
            for (String method : METHODS) {
                JsonNode operation = item.getValue().get(method);
                if (operation != null && operation.isObject()) {
                    JsonNode id = operation.get("operationId");
                    routes.add(new Route(id == null || id.isNull() ? null : id.asText(),
                            method.toUpperCase(Locale.ROOT), item.getKey()));
                }
            }
        }
        return new RouteTable(routes);
    }

    /** All routes, most specific first. */
    public List<Route> routes() {
        return routes;
    }

    /** The route an operationId names. */
    public Optional<Route> byOperationId(String operationId) {
        return Optional.ofNullable(byOperationId.get(operationId));
    }
}
