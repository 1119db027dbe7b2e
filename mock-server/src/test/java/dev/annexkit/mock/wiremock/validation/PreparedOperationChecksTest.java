package dev.annexkit.mock.wiremock.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.annexkit.mock.wiremock.route.SpecResource;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Checking a request against the operation the mock routed it to gives the very problems the library gives when
 * it finds the operation itself, for good requests and for each way of breaking one.
 */
class PreparedOperationChecksTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "/api/3.0";
    private static final String LONG = "x".repeat(5_000);

    @Test
    void everyOperationGetsTheSameProblemsAsWhenTheLibraryFindsItsOperation() throws Exception {
        ContractValidator contract = ContractValidator.packaged();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        OpenAPI api = new OpenAPIV3Parser().readContents(SpecResource.text(), null, options).getOpenAPI();
        int compared = 0;
        int refused = 0;
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().readOperationsMap().entrySet()) {
                String method = op.getKey().name();
                for (String url : urls(path.getKey(), op.getValue())) {
                    for (String body : bodies(op.getValue())) {
                        String type = body == null ? null : "application/json";
                        List<String> prepared = contract.checkRequest(path.getKey(), method, url, type, body);
                        List<String> searched = contract.checkRequest(method, url, type, body);
                        assertThat(prepared).as("%s %s %s", method, url, body).isEqualTo(searched);
                        compared++;
                        refused += prepared.isEmpty() ? 0 : 1;
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(2_000);
        assertThat(refused).as("requests refused, so the problems compared are not all empty")
                .isGreaterThan(1_000);
    }

    private static List<String> urls(String template, Operation operation) {
        List<String> urls = new ArrayList<>();
        for (String value : List.of("jack%40example.com", "100", LONG)) {
            urls.add(BASE + template.replaceAll("\\{[^}]+}", value));
        }
        String plain = BASE + template.replaceAll("\\{[^}]+}", "jack");
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                if ("query".equals(parameter.getIn())) {
                    for (String value : List.of("1", "abc", "-5", "2026-01-01", LONG)) {
                        urls.add(plain + "?" + parameter.getName() + "=" + value);
                    }
                }
            }
        }
        urls.add(plain + "?unknownParameter=1");
        return urls;
    }

    private static List<String> bodies(Operation operation) throws Exception {
        List<String> bodies = new ArrayList<>();
        bodies.add(null);
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return bodies;
        }
        MediaType media = operation.getRequestBody().getContent().get("application/json");
        if (media == null) {
            return bodies;
        }
        bodies.addAll(List.of("{}", "[]", "[{}]", "\"text\"", "{\"unknownField\":1}", "not json"));
        List<JsonNode> examples = new ArrayList<>();
        if (media.getExample() != null) {
            examples.add(JSON.valueToTree(media.getExample()));
        }
        if (media.getExamples() != null) {
            media.getExamples().values().forEach(e -> examples.add(JSON.valueToTree(e.getValue())));
        }
        for (JsonNode example : examples) {
            bodies.add(JSON.writeValueAsString(example));
            if (example instanceof ObjectNode object) {
                for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                    String name = names.next();
                    for (JsonNode bent : List.<JsonNode>of(JSON.getNodeFactory().textNode(LONG),
                            JSON.getNodeFactory().numberNode(-1.5), JSON.getNodeFactory().booleanNode(true),
                            JSON.getNodeFactory().arrayNode(), JSON.getNodeFactory().objectNode())) {
                        ObjectNode copy = object.deepCopy();
                        copy.set(name, bent);
                        bodies.add(JSON.writeValueAsString(copy));
                    }
                    ObjectNode without = object.deepCopy();
                    without.remove(name);
                    bodies.add(JSON.writeValueAsString(without));
                }
            }
        }
        return bodies;
    }
}
