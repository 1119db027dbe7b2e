package dev.annexkit.mock;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.annexkit.mock.wiremock.validation.ContractViolations;
import dev.annexkit.mock.domain.kernel.Ids;
import dev.annexkit.mock.domain.LoyaltyProgram;
import dev.annexkit.mock.domain.ProgramSettings;
import dev.annexkit.mock.wiremock.AnnexKitExtensions;
import dev.annexkit.mock.wiremock.AnnexStubs;
import dev.annexkit.mock.wiremock.MockRuntime;
import dev.annexkit.mock.wiremock.auth.AnnexRequestAuthenticator;
import dev.annexkit.mock.wiremock.handlers.Handlers;
import dev.annexkit.mock.wiremock.route.RouteTable;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Every operation of the contract is served: a stub routes it and a handler gives it behaviour. */
class RouteCoverageTest {

    /** Read independently of RouteTable, so a bug there cannot hide an operation. */
    static Set<String> specOperationIds() throws IOException {
        try (InputStream in = RouteCoverageTest.class.getResourceAsStream(dev.annexkit.mock.wiremock.route.SpecResource.PATH)) {
            ParseOptions options = new ParseOptions();
            options.setResolve(true);
            OpenAPI api = new OpenAPIV3Parser()
                    .readContents(new String(in.readAllBytes(), StandardCharsets.UTF_8), null, options).getOpenAPI();
            Set<String> ids = new TreeSet<>();
            api.getPaths().values().forEach(p -> p.readOperations().forEach(op -> ids.add(op.getOperationId())));
            return ids;
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class StartedServer {

        private AnnexCloudMockServer mock;

        @BeforeAll
        void start() {
            mock = MockHttp.server().start();
        }

        @AfterAll
        void stop() {
            mock.stop();
        }

        @Test
        void registersOneStubNamedAfterEveryOperationId() throws IOException {
            Set<String> stubNames = mock.wireMock().getStubMappings().stream()
                    .map(StubMapping::getName).collect(Collectors.toSet());

            assertThat(stubNames).containsAll(specOperationIds());
        }

        @Test
        void registersNoOperationStubThatTheSpecDoesNotDefine() throws IOException {
            Set<String> operationStubs = mock.wireMock().getStubMappings().stream()
                    .filter(s -> s.getPriority() != null && s.getPriority() >= AnnexStubs.OPERATION_PRIORITY
                            && s.getPriority() < AnnexStubs.FALLBACK_PRIORITY)
                    .map(StubMapping::getName).collect(Collectors.toCollection(TreeSet::new));

            assertThat(operationStubs).isEqualTo(specOperationIds());
        }
    }

    @Nested
    class HandlerTable {

        /** The README is the user's list of what answers 501; it must name exactly the unhandled operations. */
        @Test
        void operationsWithoutAHandlerAreExactlyThoseTheReadmeListsAsNotImplemented() throws IOException {
            Set<String> unhandled = new TreeSet<>(specOperationIds());
            unhandled.removeAll(Handlers.all().keySet());

            assertThat(readmeNotImplemented()).isEqualTo(unhandled);
        }

        @Test
        void everyHandlerServesASpecOperation() throws IOException {
            assertThat(specOperationIds()).containsAll(Handlers.all().keySet());
        }
    }

    private static Set<String> readmeNotImplemented() throws IOException {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
        int start = readme.indexOf("<!-- not-implemented:start -->");
        int end = readme.indexOf("<!-- not-implemented:end -->");
        assertThat(start).as("README.md marks its not-implemented list").isNotNegative();
        assertThat(end).isGreaterThan(start);
        Set<String> listed = new TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("`([A-Za-z0-9]+)`").matcher(readme.substring(start, end));
        while (m.find()) {
            listed.add(m.group(1));
        }
        return listed;
    }

    @Nested
    class OperationWithoutHandler {

        private static final String YAML = """
                openapi: 3.0.3
                info: {title: t, version: "1"}
                paths:
                  /widgets/{widgetId}:
                    get:
                      operationId: getWidget
                      parameters:
                        - {name: widgetId, in: path, required: true, schema: {type: string}}
                      responses:
                        "200": {description: ok}
                """;

        @Test
        void answers501NamingTheOperationOnceAuthenticated() {
            MockCredentials site = MockCredentials.defaults();
            RouteTable routes = RouteTable.fromYaml(YAML);
            MockClock clock = new MockClock(MockHttp.CLOCK);
            LoyaltyProgram program = new LoyaltyProgram(clock, Ids.seeded(1), ProgramSettings.noExpiry());
            MockRuntime runtime = new MockRuntime(AnnexCloudMockServer.BASE_PATH, routes, Handlers.all(), site,
                    new AnnexRequestAuthenticator(site, clock), () -> program, ValidationMode.OFF, null,
                    new ContractViolations());
            WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").port(0)
                    .extensions(new AnnexKitExtensions(runtime)));
            server.start();
            try {
                AnnexStubs.register(server, AnnexCloudMockServer.BASE_PATH, routes);
                MockHttp http = new MockHttp("http://localhost:" + server.port() + AnnexCloudMockServer.BASE_PATH, site);

                MockHttp.Answer signed = http.get("/widgets/w1", "w1");
                MockHttp.Answer unsigned = http.send("GET", "/widgets/w1", null, java.util.Map.of());

                assertThat(signed.status()).isEqualTo(501);
                assertThat(signed.contentType()).isEqualTo("application/json");
                assertThat(signed.body())
                        .isEqualTo("{\"errorCode\":\"AC1001\",\"errorMessage\":\"getWidget is not implemented by the mock yet\"}");
                assertThat(unsigned.status()).as("authentication comes before the 501").isEqualTo(401);
            } finally {
                server.stop();
            }
        }
    }
}
