package dev.annexkit.mock.wiremock.route;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading only the spec's paths finds the same routes, in the same order, as the full OpenAPI parser. */
class RouteTableReadingTest {

    @Test
    void theRoutesReadFromThePathsAreTheOnesTheOpenApiParserFinds() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        OpenAPI api = new OpenAPIV3Parser().readContents(SpecResource.text(), null, options).getOpenAPI();
        List<Route> parsed = new ArrayList<>();
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().readOperationsMap().entrySet()) {
                parsed.add(new Route(op.getValue().getOperationId(), op.getKey().name(), path.getKey()));
            }
        }

        List<Route> read = RouteTable.fromSpec().routes();

        assertThat(read).hasSize(parsed.size());
        assertThat(read).containsExactlyElementsOf(sortedAsTheTableSortsThem(parsed));
    }

    private static List<Route> sortedAsTheTableSortsThem(List<Route> routes) {
        List<Route> sorted = new ArrayList<>(routes);
        sorted.sort(java.util.Comparator.comparingInt(Route::literalSegments).reversed());
        return sorted;
    }
}
