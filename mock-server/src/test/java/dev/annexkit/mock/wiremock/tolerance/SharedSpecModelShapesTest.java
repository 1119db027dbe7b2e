package dev.annexkit.mock.wiremock.tolerance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annexkit.mock.wiremock.route.SpecModel;
import dev.annexkit.mock.wiremock.route.SpecResource;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The tolerance stage compiles its shapes from the model request validation parses ({@link SpecModel}: the
 * validator library's loader, {@code allOf} already merged) instead of a parse of its own that kept {@code allOf}
 * for {@link SchemaShapes} to merge: every operation's body shape is the same either way.
 */
class SharedSpecModelShapesTest {

    @Test
    void everyOperationsBodyShapeIsTheSameAsFromAParseThatKeepsAllOf() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        OpenAPI ownParse = new OpenAPIV3Parser().readContents(SpecResource.text(), null, options).getOpenAPI();

        Map<String, Shape> shared = shapes(SpecModel.packaged());
        Map<String, Shape> own = shapes(ownParse);

        assertThat(shared).hasSizeGreaterThan(30).isEqualTo(own);
    }

    private static Map<String, Shape> shapes(OpenAPI api) {
        Map<String, Shape> shapes = new HashMap<>();
        for (PathItem path : api.getPaths().values()) {
            for (Operation operation : path.readOperations()) {
                if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
                    continue;
                }
                MediaType json = operation.getRequestBody().getContent().get("application/json");
                if (json != null && json.getSchema() != null) {
                    shapes.put(operation.getOperationId(), SchemaShapes.of(json.getSchema()));
                }
            }
        }
        return shapes;
    }
}
