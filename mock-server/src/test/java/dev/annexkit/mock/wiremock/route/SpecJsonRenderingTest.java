package dev.annexkit.mock.wiremock.route;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import org.junit.jupiter.api.Test;

/** The JSON rendering the mock starts from is the spec: the OpenAPI parser reads the same model from both. */
class SpecJsonRenderingTest {

    @Test
    void theMockReadsTheJsonRenderingOfThePackagedSpec() {
        assertThat(SpecResource.text()).startsWith("{");
    }

    @Test
    void theJsonRenderingParsesToTheSameOpenApiModelAsTheYaml() throws Exception {
        assertThat(model(SpecResource.text())).isEqualTo(model(SpecResource.yaml()));
    }

    private static String model(String text) throws Exception {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        OpenAPI api = new OpenAPIV3Parser().readContents(text, null, options).getOpenAPI();
        return Json.pretty(api);
    }
}
