package dev.annexkit.mock.wiremock.validation;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.MockCredentials;
import dev.annexkit.mock.MockHttp;
import dev.annexkit.mock.ValidationMode;
import dev.annexkit.mock.domain.kernel.Ids;
import dev.annexkit.mock.domain.LoyaltyProgram;
import dev.annexkit.mock.domain.ProgramSettings;
import dev.annexkit.mock.wiremock.AnnexKitExtensions;
import dev.annexkit.mock.wiremock.AnnexStubs;
import dev.annexkit.mock.wiremock.MockRuntime;
import dev.annexkit.mock.wiremock.auth.AnnexRequestAuthenticator;
import dev.annexkit.mock.wiremock.http.ApiResponse;
import dev.annexkit.mock.wiremock.http.OperationHandler;
import dev.annexkit.mock.wiremock.http.WireObject;
import dev.annexkit.mock.wiremock.route.RouteTable;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ContractValidationTest {

    private AnnexCloudMockServer mock;

    @AfterEach
    void stop() {
        if (mock != null) {
            mock.stop();
        }
    }

    private MockHttp start(ValidationMode mode) {
        mock = MockHttp.server().validation(mode).start();
        return new MockHttp(mock);
    }

    @Nested
    class Requests {

        @Test
        void aWrongTypeIsRefusedNamingTheFieldAndBooksNothing() {
            MockHttp http = start(ValidationMode.REQUESTS);
            http.post("/users", "{\"id\":\"ada\"}");

            MockHttp.Answer answer = http.post("/points",
                    "{\"id\":\"ada\",\"actionId\":true,\"activity\":\"CREDIT\",\"credit\":10}");

            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.json().path("errorCode").asText()).isEqualTo("AC1004");
            assertThat(answer.json().path("errorMessage").asText()).contains("/actionId");
            assertThat(mock.program().balance("ada").lifetime()).isZero();
        }

        @Test
        void anUnknownFieldIsIgnoredByDefaultAsTheRealServiceDoes() {
            MockHttp http = start(ValidationMode.REQUESTS);

            assertThat(http.post("/users", "{\"id\":\"ada\",\"favouriteColour\":\"red\"}").status()).isEqualTo(200);
            assertThat(mock.program().member("ada").id()).isEqualTo("ada");
        }

        @Test
        void inStrictModeAnUnknownFieldAndAMissingRequiredFieldAreNamed() {
            MockHttp http = start(ValidationMode.STRICT);

            assertThat(http.post("/users", "{\"id\":\"ada\",\"favouriteColour\":\"red\"}").json()
                    .path("errorMessage").asText()).contains("favouriteColour");
            assertThat(http.post("/users", "{\"email\":\"ada@example.com\"}").json()
                    .path("errorMessage").asText()).contains("missing required properties", "id");
            assertThat(mock.program().searchMembers(null)).isEmpty();
        }

        @Test
        void aQueryParameterOutOfRangeIsRefusedNamingIt() {
            MockHttp http = start(ValidationMode.REQUESTS);

            MockHttp.Answer answer = http.get("/rewards?limit=500", "");

            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.json().path("errorMessage").asText()).contains("limit");
        }

        @Test
        void numbersSentAsNumericStringsAreAcceptedLikeTheRealServiceDoes() {
            MockHttp http = start(ValidationMode.REQUESTS);
            http.post("/users", "{\"id\":\"ada\"}");

            MockHttp.Answer answer = http.post("/points",
                    "{\"id\":\"ada\",\"actionId\":\"100\",\"activity\":\"CREDIT\",\"credit\":\"25\"}");

            assertThat(answer.status()).isEqualTo(200);
            assertThat(mock.program().balance("ada").available()).isEqualTo(25);
        }

        @Test
        void withValidationOffTheHandlerStillNamesTheBadField() {
            MockHttp http = start(ValidationMode.OFF);
            http.post("/users", "{\"id\":\"ada\"}");

            MockHttp.Answer answer = http.post("/points",
                    "{\"id\":\"ada\",\"actionId\":\"abc\",\"activity\":\"CREDIT\",\"credit\":10}");

            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.json().path("errorMessage").asText()).contains("actionId");
        }
    }

    @Nested
    class Responses {

        private WireMockServer server;

        @AfterEach
        void stopServer() {
            if (server != null) {
                server.stop();
            }
        }

        /** A server whose getMember handler answers a shape the spec does not allow. */
        private MockHttp serverWithBrokenGetMember(ValidationMode mode, ContractViolations violations) {
            MockCredentials site = MockCredentials.defaults();
            java.time.Clock clock = MockHttp.CLOCK;
            LoyaltyProgram program = new LoyaltyProgram(clock, Ids.seeded(1), ProgramSettings.noExpiry());
            Map<String, OperationHandler> handlers = Map.of("getMember", (request, p, s) ->
                    ApiResponse.ok(WireObject.create().put("id", request.path("memberId")).put("optInStatus", "MAYBE")));
            RouteTable routes = RouteTable.fromSpec();
            MockRuntime runtime = new MockRuntime(AnnexCloudMockServer.BASE_PATH, routes, handlers, site,
                    new AnnexRequestAuthenticator(site, clock), () -> program, mode, ContractValidator.packaged(),
                    violations);
            server = new WireMockServer(options().bindAddress("127.0.0.1").port(0)
                    .extensions(new AnnexKitExtensions(runtime)));
            server.start();
            AnnexStubs.register(server, AnnexCloudMockServer.BASE_PATH, routes);
            return new MockHttp("http://127.0.0.1:" + server.port() + AnnexCloudMockServer.BASE_PATH, site);
        }

        @Test
        void inFullModeAnAnswerThatBreaksTheContractIsRefusedAndRecorded() {
            ContractViolations violations = new ContractViolations();
            MockHttp http = serverWithBrokenGetMember(ValidationMode.FULL, violations);

            MockHttp.Answer answer = http.get("/users/ada", "ada");

            assertThat(answer.status()).isEqualTo(500);
            assertThat(answer.json().path("errorMessage").asText()).contains("getMember", "optInStatus");
            assertThat(violations.all()).singleElement()
                    .satisfies(v -> assertThat(v.operationId()).isEqualTo("getMember"));
        }

        @Test
        void inRequestsModeTheSameAnswerGoesOut() {
            ContractViolations violations = new ContractViolations();
            MockHttp http = serverWithBrokenGetMember(ValidationMode.REQUESTS, violations);

            assertThat(http.get("/users/ada", "ada").status()).isEqualTo(200);
            assertThat(violations.all()).isEmpty();
        }

        @Test
        void errorAnswersAreCheckedToo() {
            MockHttp http = start(ValidationMode.FULL);

            MockHttp.Answer answer = http.get("/users/nobody", "nobody");

            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.json().path("errorCode").asText()).isEqualTo("AC1005");
            assertThat(mock.contractViolations()).isEmpty();
        }
    }
}
