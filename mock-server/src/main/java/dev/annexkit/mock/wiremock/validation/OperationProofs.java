package dev.annexkit.mock.wiremock.validation;

import com.atlassian.oai.validator.schema.transform.AdditionalPropertiesInjectionTransformer;
import com.atlassian.oai.validator.schema.transform.RequiredFieldTransformer;
import com.atlassian.oai.validator.schema.transform.SchemaTransformationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Compiles an operation of the resolved spec into its {@link RequestProof}. Schemas are compiled from the JSON
 * the library itself builds for its schema engine: the swagger model serialised with the swagger mapper, then
 * put through the same transformations (objects that name properties are closed unless they say otherwise;
 * required read-only properties are not required in a request). Anything of the operation the proof does not
 * model (header or cookie parameters, array or object parameters, templates with a parameter inside a path
 * part, ...) makes the affected part, or the whole operation, unprovable.
 */
final class OperationProofs {

    private OperationProofs() {
    }

    /**
     * @param closeObjects whether the library closes objects that name properties (it does unless its
     *     additional-properties check is configured off)
     */
    static RequestProof compile(String pathTemplate, Operation operation, String basePath, boolean closeObjects) {
        String[] template = pathTemplate.substring(pathTemplate.startsWith("/") ? 1 : 0).split("/", -1);
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        List<RequestProof.PathParameter> path = new ArrayList<>();
        for (int part = 0; part < template.length; part++) {
            String text = template[part];
            if (text.indexOf('{') < 0 && text.indexOf('}') < 0) {
                continue;
            }
            if (!(text.startsWith("{") && text.endsWith("}") && text.indexOf('{', 1) < 0)) {
                return RequestProof.NEVER; // more than a parameter in one part: the library matches it by scanning
            }
            String name = text.substring(1, text.length() - 1);
            Parameter declared = parameters.stream().filter(p -> "path".equals(p.getIn()))
                    .filter(p -> p.getName().equalsIgnoreCase(name)).findFirst().orElse(null);
            // A parameter the operation does not declare is not checked by the library at all.
            path.add(new RequestProof.PathParameter(part, declared == null
                    ? new ParameterProof(ParameterProof.Kind.TEXT, ValueProof.ANYTHING)
                    : parameter(declared, closeObjects)));
        }
        Map<String, ParameterProof> query = new HashMap<>();
        Set<String> requiredQuery = new HashSet<>();
        Set<String> lowerCaseNames = new HashSet<>();
        for (Parameter parameter : parameters) {
            String in = parameter.getIn();
            if ("path".equals(in)) {
                continue;
            }
            if (!"query".equals(in) || parameter.getStyle() == Parameter.StyleEnum.DEEPOBJECT
                    || !lowerCaseNames.add(parameter.getName().toLowerCase(Locale.ROOT))) {
                return RequestProof.NEVER; // headers, cookies, deep objects: not modelled
            }
            query.put(parameter.getName(), parameter(parameter, closeObjects));
            if (Boolean.TRUE.equals(parameter.getRequired())) {
                requiredQuery.add(parameter.getName());
            }
        }
        RequestBody body = operation.getRequestBody();
        Set<String> consumes = body == null || body.getContent() == null ? Set.of() : body.getContent().keySet();
        ValueProof json = null;
        if (body != null) {
            MediaType media = body.getContent() == null ? null : body.getContent().get("application/json");
            json = media == null || media.getSchema() == null ? ValueProof.UNPROVABLE
                    : ValueProofs.compile(engineSchema(media.getSchema(), true, closeObjects));
        }
        return new RequestProof(template.length, path, query, requiredQuery, basePath,
                body != null && Boolean.TRUE.equals(body.getRequired()), new ContentTypeProof(consumes), json);
    }

    private static ParameterProof parameter(Parameter parameter, boolean closeObjects) {
        Schema<?> schema = parameter.getSchema();
        if (schema == null || schema instanceof ArraySchema || parameter.getContent() != null
                || Boolean.TRUE.equals(parameter.getExplode()) && schema.getProperties() != null) {
            return ParameterProof.NEVER;
        }
        ParameterProof.Kind kind = switch (String.valueOf(schema.getType())) {
            case "string" -> ParameterProof.Kind.TEXT;
            case "integer", "number" -> ParameterProof.Kind.NUMBER;
            case "boolean" -> ParameterProof.Kind.TRUTH;
            default -> ParameterProof.Kind.UNPROVABLE;
        };
        return new ParameterProof(kind, ValueProofs.compile(engineSchema(schema, false, closeObjects)));
    }

    /** The schema as the library gives it to its engine (without the definitions it adds: no $ref is proved). */
    static JsonNode engineSchema(Schema<?> schema, boolean forRequestBody, boolean closeObjects) {
        ObjectNode json = Json.mapper().convertValue(schema, ObjectNode.class);
        SchemaTransformationContext context = SchemaTransformationContext.create()
                .forRequest(forRequestBody)
                .forResponse(false)
                .withAdditionalPropertiesValidation(closeObjects)
                .withDefinitions(Json.mapper().createObjectNode())
                .build();
        AdditionalPropertiesInjectionTransformer.getInstance().apply(json, context);
        RequiredFieldTransformer.getInstance().apply(json, context);
        return json;
    }
}
