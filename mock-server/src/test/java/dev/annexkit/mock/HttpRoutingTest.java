package dev.annexkit.mock;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.annexkit.mock.wiremock.validation.ContractViolations;
import dev.annexkit.mock.domain.kernel.Ids;
import dev.annexkit.mock.domain.LoyaltyProgram;
import dev.annexkit.mock.domain.ProgramSettings;
import dev.annexkit.mock.wiremock.AnnexKitExtensions;
import dev.annexkit.mock.wiremock.AnnexStubs;
import dev.annexkit.mock.wiremock.MockRuntime;
import dev.annexkit.mock.wiremock.auth.AnnexRequestAuthenticator;
import dev.annexkit.mock.wiremock.http.ApiResponse;
import dev.annexkit.mock.wiremock.http.OperationHandler;
import dev.annexkit.mock.wiremock.route.RouteTable;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Routing as WireMock really does it: path templates, decoding of ids, and which stub wins an overlap. */
class HttpRoutingTest {

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class RealSpec {

        private AnnexCloudMockServer mock;
        private MockHttp http;

        @BeforeAll
        void start() {
            mock = MockHttp.server().start();
            http = new MockHttp(mock);
        }

        @BeforeEach
        void reset() {
            mock.reset();
        }

        @AfterAll
        void stop() {
            mock.stop();
        }

        @Test
        void memberIdWithEncodedAtSlashAndPlusIsFoundByItsDecodedId() {
            String id = "a/b+c@example.com";
            assertThat(http.post("/users", "{\"id\":\"" + id + "\"}").status()).isEqualTo(200);

            MockHttp.Answer found = http.get("/users/a%2Fb%2Bc%40example.com", id);

            assertThat(found.status()).as(found.body()).isEqualTo(200);
            assertThat(found.json().path("id").asText()).isEqualTo(id);
        }

        @Test
        void literalPlusInThePathIsAPlusNotASpace() {
            String id = "jack+loyalty@example.com";
            http.post("/users", "{\"id\":\"" + id + "\"}");

            MockHttp.Answer found = http.get("/users/jack+loyalty@example.com", id);

            assertThat(found.status()).as(found.body()).isEqualTo(200);
            assertThat(found.json().path("id").asText()).isEqualTo(id);
        }

        @Test
        void unicodeMemberIdRoundTrips() {
            String id = "jürgen@beispiel.de";
            http.post("/users", "{\"id\":\"" + id + "\"}");

            MockHttp.Answer found = http.get("/users/j%C3%BCrgen%40beispiel.de", id);

            assertThat(found.status()).as(found.body()).isEqualTo(200);
            assertThat(found.json().path("id").asText()).isEqualTo(id);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OverlappingTemplates {

        private static final String YAML = """
                openapi: 3.0.3
                info: {title: t, version: "1"}
                paths:
                  /actions/ALL:
                    get:
                      operationId: listActions
                      responses: {"200": {description: ok}}
                  /actions/{actionId}:
                    get:
                      operationId: getAction
                      parameters:
                        - {name: actionId, in: path, required: true, schema: {type: string}}
                      responses: {"200": {description: ok}}
                  /receipts/user/{email_id}:
                    get:
                      operationId: listMemberReceipts
                      parameters:
                        - {name: email_id, in: path, required: true, schema: {type: string}}
                      responses: {"200": {description: ok}}
                  /receipts/{submission_id}/{part}:
                    get:
                      operationId: getReceiptPart
                      parameters:
                        - {name: submission_id, in: path, required: true, schema: {type: string}}
                        - {name: part, in: path, required: true, schema: {type: string}}
                      responses: {"200": {description: ok}}
                """;

        private WireMockServer server;
        private MockHttp http;

        @BeforeAll
        void start() {
            MockCredentials site = MockCredentials.defaults();
            RouteTable routes = RouteTable.fromYaml(YAML);
            MockClock clock = new MockClock(MockHttp.CLOCK);
            LoyaltyProgram program = new LoyaltyProgram(clock, Ids.seeded(1), ProgramSettings.noExpiry());
            Map<String, OperationHandler> echo = new HashMap<>();
            for (String op : new String[] {"listActions", "getAction", "listMemberReceipts", "getReceiptPart"}) {
                echo.put(op, (request, p, s) -> ApiResponse.ok(Map.of("op", request.operationId())));
            }
            MockRuntime runtime = new MockRuntime(AnnexCloudMockServer.BASE_PATH, routes, echo, site,
                    new AnnexRequestAuthenticator(site, clock), () -> program, ValidationMode.OFF, null,
                    new ContractViolations());
            server = new WireMockServer(options().bindAddress("127.0.0.1").port(0)
                    .extensions(new AnnexKitExtensions(runtime)));
            server.start();
            AnnexStubs.register(server, AnnexCloudMockServer.BASE_PATH, routes);
            http = new MockHttp("http://localhost:" + server.port() + AnnexCloudMockServer.BASE_PATH, site);
        }

        @BeforeEach
        void clearJournal() {
            server.resetRequests();
        }

        @AfterAll
        void stop() {
            server.stop();
        }

        private String servedBy() {
            return server.getAllServeEvents().get(0).getStubMapping().getName();
        }

        @Test
        void parameterTemplateServesOtherIds() {
            MockHttp.Answer answer = http.get("/actions/42", "42");

            assertThat(servedBy()).isEqualTo("getAction");
            assertThat(answer.json().path("op").asText()).isEqualTo("getAction");
        }

        @Test
        void literalSegmentBeatsAParameterInTheSamePosition() {
            http.get("/actions/ALL", "");

            assertThat(servedBy()).isEqualTo("listActions");
        }

        @Test
        void moreLiteralSegmentsBeatFewerWhenBothTemplatesMatch() {
            http.get("/receipts/user/jack%40example.com", "jack@example.com");

            assertThat(servedBy()).isEqualTo("listMemberReceipts");
        }
    }
}
