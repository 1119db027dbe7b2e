package dev.annexkit.mock.wiremock.route;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
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

    /** The routes of the spec packaged by {@code annexkit-spec}, parsed once (the table is immutable). */
    public static RouteTable fromSpec() {
        RouteTable table = packaged;
        if (table == null) {
            table = fromYaml(SpecResource.text());
            packaged = table;
        }
        return table;
    }

    /** Loads the routes of an OpenAPI document given as text. */
    public static RouteTable fromYaml(String yaml) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(yaml, null, options);
        OpenAPI api = result.getOpenAPI();
        if (api == null || api.getPaths() == null) {
            throw new IllegalStateException("the AnnexKit spec does not parse: " + result.getMessages());
        }
        List<Route> routes = new ArrayList<>();
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().readOperationsMap().entrySet()) {
                routes.add(new Route(op.getValue().getOperationId(), op.getKey().name(), path.getKey()));
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
