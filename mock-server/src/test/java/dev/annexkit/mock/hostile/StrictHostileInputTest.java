package dev.annexkit.mock.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.MockHttp;
import dev.annexkit.mock.Seed;
import dev.annexkit.mock.ValidationMode;
import dev.annexkit.mock.hostile.HostileCases.Case;
import dev.annexkit.mock.wiremock.auth.AnnexSignatures;
import dev.annexkit.mock.wiremock.route.Route;
import dev.annexkit.mock.wiremock.route.RouteTable;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Strict mode against every operation with a documented JSON object body: what the default mode tolerates
 * (unknown fields, null members, numbers in the other form) is refused with 400 AC1004 naming the field, and
 * leaves the exported state as it was. The other hostile input behaves as in {@link HostileInputTest}.
 */
class StrictHostileInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static AnnexCloudMockServer mock;

    @BeforeAll
    static void start() {
        mock = MockHttp.server().seed(Seed.DEMO).validation(ValidationMode.STRICT).start();
    }

    @AfterAll
    static void stop() {
        mock.stop();
    }

    @TestFactory
    Stream<DynamicNode> whatTheDefaultModeToleratesIsRefusedNamingTheFieldAndChangesNothing() {
        List<DynamicNode> operations = new ArrayList<>();
        int total = 0;
        for (Route route : RouteTable.fromSpec().routes()) {
            List<Case> cases = HostileCases.strictCases(route);
            if (cases.isEmpty()) {
                continue;
            }
            total += cases.size();
            List<DynamicTest> tests = new ArrayList<>();
            String[] before = new String[1];
            tests.add(DynamicTest.dynamicTest("fresh demo program", () -> {
                mock.reset();
                before[0] = mock.exportState();
            }));
            for (Case c : cases) {
                tests.add(DynamicTest.dynamicTest(c.category() + ": " + c.name(), () -> refused(c)));
            }
            tests.add(DynamicTest.dynamicTest("refusals changed nothing", () ->
                    assertThat(mock.exportState()).isEqualTo(before[0])));
            operations.add(DynamicContainer.dynamicContainer(route.operationId(), tests));
        }
        int cases = total;
        operations.add(DynamicTest.dynamicTest(cases + " strict cases", () -> assertThat(cases).isGreaterThan(100)));
        return operations.stream();
    }

    private static void refused(Case c) throws IOException {
        HttpResponse<String> answer = send(c);
        String what = c.method() + " " + c.rawPath() + " " + c.body() + " -> " + answer.statusCode() + " "
                + answer.body();
        assertThat(answer.statusCode()).as(what).isEqualTo(400);
        JsonNode error = JSON.readTree(answer.body());
        assertThat(error.path("errorCode").asText()).as(what).isEqualTo("AC1004");
        assertThat(error.path("errorMessage").asText()).as(what).contains(c.names());
        assertThat(answer.headers().firstValue("X-AnnexKit-Tolerated")).as(what).isEmpty();
        assertThat(mock.tolerations()).as(what).isEmpty();
    }

    private static HttpResponse<String> send(Case c) {
        byte[] body = c.body().getBytes(StandardCharsets.UTF_8);
        String token = AnnexSignatures.mintToken(mock.credentials(), c.method(), c.pathId(), body, MockHttp.EXP);
        HttpRequest request = HttpRequest.newBuilder(URI.create(mock.baseUrl() + c.rawPath()))
                .header("Authorization", "Bearer " + token)
                .header("X-AnnexCloud-Site", mock.credentials().siteId())
                .header("Content-Type", c.contentType())
                .method(c.method(), HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("no answer to " + c.method() + " " + c.rawPath(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
