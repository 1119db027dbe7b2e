package dev.annexkit.mock.wiremock.tolerance;

import dev.annexkit.mock.wiremock.route.InBackground;
import dev.annexkit.mock.wiremock.route.SpecModel;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The JSON request body shape of every operation of a spec, compiled once at start-up: a request then costs one
 * map look-up and one walk of its body.
 */
final class RequestShapes {

    private final Supplier<Map<String, Shape>> byOperationId;

    private RequestShapes(Supplier<Map<String, Shape>> byOperationId) {
        this.byOperationId = byOperationId;
    }

    private static final InBackground<Map<String, Shape>> PACKAGED = new InBackground<>("tolerance",
            () -> compile(SpecModel.packaged()));
    private static final RequestShapes PACKAGED_SHAPES = new RequestShapes(PACKAGED::get);

    /**
     * The shapes of the spec packaged by {@code annexkit-spec}, built once per JVM (they are immutable), in the
     * background from the first call on; the first request that needs them waits for them.
     */
    static RequestShapes packaged() {
        SpecModel.prepare();
        PACKAGED.start();
        return PACKAGED_SHAPES;
    }

    /** The shapes of an OpenAPI document given as text. */
    static RequestShapes fromYaml(String yaml) {
        Map<String, Shape> shapes = compile(SpecModel.parse(yaml));
        return new RequestShapes(() -> shapes);
    }

    private static Map<String, Shape> compile(OpenAPI api) {
        if (api.getPaths() == null) {
            throw new IllegalStateException("the AnnexKit spec has no paths");
        }
        Map<String, Shape> shapes = new HashMap<>();
        for (PathItem path : api.getPaths().values()) {
            for (Operation operation : path.readOperations()) {
                MediaType json = jsonBody(operation);
                if (json != null && json.getSchema() != null && operation.getOperationId() != null) {
                    shapes.put(operation.getOperationId(), SchemaShapes.of(json.getSchema()));
                }
            }
        }
        return Map.copyOf(shapes);
    }

    /** The body shape of an operation, or null when it takes no JSON body. */
    Shape of(String operationId) {
        return byOperationId.get().get(operationId);
    }

    private static MediaType jsonBody(Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return null;
        }
        for (Map.Entry<String, MediaType> media : operation.getRequestBody().getContent().entrySet()) {
            if (media.getKey().toLowerCase(java.util.Locale.ROOT).contains("json")) {
                return media.getValue();
            }
        }
        return null;
    }
}
