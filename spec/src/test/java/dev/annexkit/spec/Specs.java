package dev.annexkit.spec;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Loads the packaged spec the way its consumers do, and walks its operations with local refs resolved. */
final class Specs {

    static final String RESOURCE = "/dev/annexkit/spec/openapi.yaml";

    /** One operation with where it lives, for messages. */
    record Op(String method, String path, Operation operation, List<Parameter> parameters) {
        String where() {
            return method + " " + path + " (" + operation.getOperationId() + ")";
        }
    }

    private Specs() {
    }

    static String text() {
        try (InputStream in = Specs.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SwaggerParseResult parse(String yaml) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIV3Parser().readContents(yaml, null, options);
    }

    static OpenAPI load() {
        SwaggerParseResult result = parse(text());
        if (result.getOpenAPI() == null) {
            throw new IllegalStateException("spec does not parse: " + result.getMessages());
        }
        return result.getOpenAPI();
    }

    static List<Op> operations(OpenAPI api) {
        List<Op> ops = new ArrayList<>();
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().readOperationsMap().entrySet()) {
                List<Parameter> params = new ArrayList<>();
                if (path.getValue().getParameters() != null) {
                    path.getValue().getParameters().forEach(p -> params.add(parameter(api, p)));
                }
                if (op.getValue().getParameters() != null) {
                    op.getValue().getParameters().forEach(p -> params.add(parameter(api, p)));
                }
                ops.add(new Op(op.getKey().name(), path.getKey(), op.getValue(), params));
            }
        }
        return ops;
    }

    static Parameter parameter(OpenAPI api, Parameter p) {
        return p.get$ref() == null ? p : api.getComponents().getParameters().get(name(p.get$ref()));
    }

    static ApiResponse response(OpenAPI api, ApiResponse r) {
        return r.get$ref() == null ? r : api.getComponents().getResponses().get(name(r.get$ref()));
    }

    static RequestBody requestBody(OpenAPI api, RequestBody b) {
        return b == null || b.get$ref() == null ? b : api.getComponents().getRequestBodies().get(name(b.get$ref()));
    }

    static String name(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }
}
