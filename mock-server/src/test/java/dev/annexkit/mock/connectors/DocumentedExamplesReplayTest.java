package dev.annexkit.mock.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.wiremock.route.SpecResource;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The request example of every operation that has one (they live in the spec, written after the documented
 * examples), sent as a client would: each is accepted by the contract as it stands, with nothing to tolerate,
 * and answered without a server error. The outcome may still be a business refusal (an example naming a group
 * the program does not have answers 404); what is proven is that the documented shape gets through.
 */
class DocumentedExamplesReplayTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONTRACT = "Request does not match the API contract";
    private static final String SEED = "{\"base\":\"demo\",\"members\":["
            + "{\"id\":\"user@domain.com\",\"email\":\"user@domain.com\",\"optInStatus\":\"YES\",\"points\":5000},"
            + "{\"id\":\"other@domain.com\",\"email\":\"other@domain.com\",\"optInStatus\":\"YES\",\"points\":500}]}";

    /** Path parameter values: the members, reward and order the examples talk about. */
    private static final Map<String, String> PATH_VALUES = Map.ofEntries(
            Map.entry("memberId", "user@domain.com"), Map.entry("member_id", "user@domain.com"),
            Map.entry("email_id", "user@domain.com"), Map.entry("reward_id", "FREE-SHIPPING"),
            Map.entry("orderId", "SO12345"), Map.entry("prod_id", "p1"), Map.entry("storeId", "IN12369"),
            Map.entry("status", "ALL"), Map.entry("actionId", "100"));

    private static AnnexCloudMockServer mock;

    record Example(String method, String path, String operationId, String name, String body) {
        @Override
        public String toString() {
            return operationId + " / " + name;
        }
    }

    @BeforeAll
    static void startMock() {
        mock = ReplayServer.start();
    }

    @AfterAll
    static void stopMock() {
        mock.stop();
    }

    static Stream<Example> examples() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        OpenAPI api = new OpenAPIV3Parser().readContents(SpecResource.text(), null, options).getOpenAPI();
        List<Example> out = new ArrayList<>();
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().readOperationsMap().entrySet()) {
                if (op.getValue().getRequestBody() == null || op.getValue().getRequestBody().getContent() == null) {
                    continue;
                }
                MediaType media = op.getValue().getRequestBody().getContent().get("application/json");
                if (media == null) {
                    continue;
                }
                String url = concrete(path.getKey());
                String id = op.getValue().getOperationId();
                if (media.getExample() != null) {
                    out.add(new Example(op.getKey().name(), url, id, "example", text(media.getExample())));
                }
                if (media.getExamples() != null) {
                    media.getExamples().forEach((name, example) -> out.add(new Example(op.getKey().name(), url, id,
                            name, text(example.getValue()))));
                }
            }
        }
        assertThat(out).hasSizeGreaterThan(40);
        return out.stream();
    }

    private static String concrete(String template) {
        String path = template;
        for (Map.Entry<String, String> value : PATH_VALUES.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        return path.replaceAll("\\{[^}]+}", "1");
    }

    private static String text(Object example) {
        try {
            return JSON.writeValueAsString(example instanceof JsonNode node ? node : JSON.valueToTree(example));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theDocumentedExampleGetsThroughTheContractAsItIs(Example example) {
        mock.loadSeed(SEED);
        ConnectorClient client = ConnectorClient.netSuite(mock.baseUrl(), mock.credentials(), ReplayServer.NOW);

        ConnectorClient.Reply reply = client.send(example.method(), example.path(), example.body());

        assertThat(reply.status()).as(example.body() + " -> " + reply.body()).isLessThan(500).isNotEqualTo(401);
        assertThat(reply.body()).as(example.body()).doesNotContain(CONTRACT);
        assertThat(reply.tolerated()).as("tolerated in " + example.body()).isNull();
    }
}
