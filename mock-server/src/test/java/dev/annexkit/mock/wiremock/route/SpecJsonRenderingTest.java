package dev.annexkit.mock.wiremock.route;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The renderings the mock starts from are the spec: the OpenAPI parser reads the same model from the JSON as from
 * the YAML, and the route list holds the spec's routes in the table's order.
 */
class SpecJsonRenderingTest {

    @Test
    void theMockReadsTheJsonRenderingOfThePackagedSpec() {
        assertThat(SpecResource.text()).startsWith("{");
    }

    @Test
    void theJsonRenderingParsesToTheSameOpenApiModelAsTheYaml() throws Exception {
        assertThat(model(SpecResource.text())).isEqualTo(model(SpecResource.yaml()));
    }

    @Test
    void theRouteListHoldsEveryRouteOfTheSpecInTheTablesOrder() {
        assertThat(SpecResource.routeList()).isNotNull();
        List<Route> fromSpec = RouteTable.fromYaml(SpecResource.yaml()).routes();

        assertThat(RouteTable.fromSpec().routes()).hasSize(fromSpec.size()).isEqualTo(fromSpec);
        assertThat(fromSpec).hasSizeGreaterThan(70);
    }

    @Test
    void aRouteListReadsBackToTheSameTableWithOperationsWithoutAnId() {
        RouteTable table = RouteTable.fromYaml("""
                openapi: 3.0.3
                paths:
                  /members/{id}:
                    get: {operationId: getMember}
                    delete: {}
                  /members/search/{q}:
                    get: {operationId: searchMembers}
                """);

        RouteTable read = RouteTable.fromRouteList(table.routeList());

        assertThat(read.routes()).isEqualTo(table.routes());
        assertThat(read.routes()).extracting(Route::operationId).containsExactly("searchMembers", "getMember", null);
        assertThat(read.byOperationId("getMember")).isEqualTo(table.byOperationId("getMember"));
    }

    private static String model(String text) throws Exception {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        OpenAPI api = new OpenAPIV3Parser().readContents(text, null, options).getOpenAPI();
        return Json.pretty(api);
    }
}
