package dev.annexkit.mock.wiremock.validation;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.util.OpenApiLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.annexkit.mock.wiremock.route.SpecResource;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The spec's operations as the contract validator loads them, and requests built from their schemas: a valid
 * body (every property, each at a value its schema accepts) and a valid URL per operation. Test material for
 * the fast request check.
 */
final class SpecRequests {

    static final String BASE = "/api/3.0";
    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** One operation of the spec, with what a request to it needs. */
    record Op(String template, String method, Operation operation, JsonNode bodySchema) {

        String describe() {
            return method + " " + template;
        }

        List<Parameter> parameters() {
            return operation.getParameters() == null ? List.of() : operation.getParameters();
        }

        /** A URL every parameter of which is valid: path parameters filled, required query parameters sent. */
        String validUrl(boolean withOptionalQuery) {
            String path = template;
            StringBuilder query = new StringBuilder();
            for (Parameter parameter : parameters()) {
                String value = text(valid(schema(parameter)));
                if ("path".equals(parameter.getIn())) {
                    path = path.replace("{" + parameter.getName() + "}", value);
                } else if ("query".equals(parameter.getIn())
                        && (withOptionalQuery || Boolean.TRUE.equals(parameter.getRequired()))) {
                    query.append(query.length() == 0 ? '?' : '&').append(parameter.getName()).append('=')
                            .append(value);
                }
            }
            return BASE + path + query;
        }

        /** A valid body, or null when the operation takes no JSON body. */
        JsonNode validBody() {
            return bodySchema == null ? null : valid(bodySchema);
        }
    }

    private SpecRequests() {
    }

    static List<Op> operations() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        options.setResolveCombinators(true);
        OpenAPI api = new OpenApiLoader().loadApi(OpenApiInteractionValidator.SpecSource.inline(SpecResource.text()),
                List.of(), options);
        List<Op> ops = new ArrayList<>();
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().readOperationsMap().entrySet()) {
                Operation operation = op.getValue();
                JsonNode body = null;
                if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                    MediaType media = operation.getRequestBody().getContent().get("application/json");
                    if (media != null && media.getSchema() != null) {
                        body = OperationProofs.engineSchema(media.getSchema(), true, true);
                    }
                }
                ops.add(new Op(path.getKey(), op.getKey().name(), operation, body));
            }
        }
        return ops;
    }

    static JsonNode schema(Parameter parameter) {
        return parameter.getSchema() == null ? NODES.objectNode()
                : OperationProofs.engineSchema(parameter.getSchema(), false, true);
    }

    static String text(JsonNode value) {
        return value.isTextual() ? value.textValue() : value.toString();
    }

    /** A value the schema accepts: the first enum value, the smallest allowed number, every property. */
    static JsonNode valid(JsonNode schema) {
        if (schema.has("oneOf")) {
            return valid(schema.get("oneOf").get(0));
        }
        switch (schema.path("type").asText("")) {
            case "string": {
                JsonNode values = schema.get("enum");
                if (values != null && values.size() > 0) {
                    return values.get(0);
                }
                int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
                int min = schema.path("minLength").asInt(0);
                String text = "jack@example.com";
                if (text.length() > max) {
                    text = "j".repeat(Math.max(min, Math.min(max, 1)));
                }
                return NODES.textNode(text.length() < min ? text + "x".repeat(min - text.length()) : text);
            }
            case "integer": {
                long value = schema.has("minimum") ? schema.get("minimum").asLong() : 1;
                if (schema.path("exclusiveMinimum").asBoolean(false)) {
                    value++;
                }
                if (schema.has("maximum") && value > schema.get("maximum").asLong()) {
                    value = schema.get("maximum").asLong();
                }
                return NODES.numberNode(value);
            }
            case "number":
                return schema.has("minimum") ? NODES.numberNode(schema.get("minimum").asDouble() + 0.5)
                        : NODES.numberNode(12.5);
            case "boolean":
                return NODES.booleanNode(true);
            case "array": {
                ArrayNode items = NODES.arrayNode();
                int count = Math.max(1, schema.path("minItems").asInt(0));
                for (int i = 0; i < count; i++) {
                    items.add(schema.has("items") ? valid(schema.get("items")) : NODES.textNode("x"));
                }
                return items;
            }
            case "object": {
                ObjectNode object = NODES.objectNode();
                JsonNode properties = schema.get("properties");
                if (properties != null) {
                    for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
                        Map.Entry<String, JsonNode> property = it.next();
                        object.set(property.getKey(), valid(property.getValue()));
                    }
                }
                JsonNode additional = schema.get("additionalProperties");
                if (object.isEmpty() && additional != null && additional.isObject()) {
                    object.set("1", valid(additional));
                }
                return object;
            }
            default:
                return NODES.textNode("x");
        }
    }
}
