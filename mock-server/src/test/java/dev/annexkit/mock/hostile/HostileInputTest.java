package dev.annexkit.mock.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.MockHttp;
import dev.annexkit.mock.Seed;
import dev.annexkit.mock.hostile.HostileCases.Case;
import dev.annexkit.mock.hostile.HostileCases.Expect;
import dev.annexkit.mock.wiremock.auth.AnnexSignatures;
import dev.annexkit.mock.wiremock.route.Route;
import dev.annexkit.mock.wiremock.route.RouteTable;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Hostile input, correctly signed, against every operation of the spec (those the README lists as not implemented
 * excepted): never a 5xx or a hang; a rejection is a 4xx whose body is exactly {@code {errorCode, errorMessage}}
 * with a message, and leaves the exported state as it was. Input that is odd but valid (an unknown unicode id)
 * may also get a 2xx or a 404.
 */
class HostileInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static AnnexCloudMockServer mock;

    @BeforeAll
    static void start() {
        // A short journal: the suite sends dozens of 5 MB bodies.
        mock = MockHttp.server().seed(Seed.DEMO).journalLimit(20).start();
    }

    @AfterAll
    static void stop() {
        mock.stop();
    }

    @TestFactory
    Stream<DynamicNode> everyHostileInputToEveryOperationIsRejectedCleanlyAndChangesNothing() throws IOException {
        Set<String> notImplemented = readmeNotImplemented();
        List<DynamicNode> operations = new ArrayList<>();
        Map<String, Integer> counts = new TreeMap<>();
        for (Route route : RouteTable.fromSpec().routes()) {
            if (notImplemented.contains(route.operationId())) {
                continue;
            }
            List<Case> cases = HostileCases.of(route);
            cases.forEach(c -> counts.merge(c.category(), 1, Integer::sum));
            operations.add(DynamicContainer.dynamicContainer(route.operationId(), operation(cases)));
        }
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        operations.add(DynamicTest.dynamicTest(total + " cases: " + counts, () ->
                assertThat(counts).containsKeys("malformed JSON", "root type", "missing required", "unknown field",
                        "empty body", "huge body", "wrong property type", "over-long strings", "hostile text",
                        "point amount", "coupon count", "invalid date", "content type", "path id", "query")));
        return operations.stream();
    }

    /** The cases of one operation, then one check that the rejected ones changed nothing. */
    private static Stream<DynamicNode> operation(List<Case> cases) {
        StateWatch watch = new StateWatch();
        List<DynamicNode> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("fresh demo program", watch::start));
        for (Case c : cases) {
            tests.add(DynamicTest.dynamicTest(c.category() + ": " + c.name(), () -> check(c, watch)));
        }
        tests.add(DynamicTest.dynamicTest("rejected requests changed nothing", watch::assertUnchanged));
        return tests.stream();
    }

    private static void check(Case c, StateWatch watch) {
        if (c.expect() == Expect.MAY_PASS) {
            watch.beforeMayPass();
        }
        HttpResponse<String> answer = send(c);
        int status = answer.statusCode();
        String what = c.method() + " " + c.rawPath() + " → " + status + " " + abbreviated(answer.body());

        if (status >= 200 && status < 300) {
            watch.accepted();
        }
        assertThat(status).as(what).isBetween(200, 499);
        if (c.expect() == Expect.REJECTED) {
            assertThat(status).as(what).isBetween(400, 499);
        }
        if (status >= 400) {
            JsonNode error = json(answer.body(), what);
            List<String> fields = new ArrayList<>();
            error.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).as(what).containsExactly("errorCode", "errorMessage");
            assertThat(error.get("errorCode").asText()).as(what).matches("AC\\d{4}");
            assertThat(error.get("errorMessage").asText().trim()).as(what).hasSizeGreaterThan(10);
            if (c.names() != null) {
                assertThat(error.get("errorMessage").asText()).as(what).contains(c.names());
            }
        }
        if (status >= 300) {
            watch.rejected();
        }
    }

    private static HttpResponse<String> send(Case c) {
        byte[] body = c.body() == null ? null : c.body().getBytes(StandardCharsets.UTF_8);
        String token = AnnexSignatures.mintToken(mock.credentials(), c.method(), c.pathId(), body, MockHttp.EXP);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(mock.baseUrl() + c.rawPath()))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("X-AnnexCloud-Site", mock.credentials().siteId())
                .method(c.method(), body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (body != null) {
            request.header("Content-Type", c.contentType());
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("no answer (hang or dropped connection) to " + c.method() + " " + c.rawPath(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * Compares exports around runs of rejected requests: an accepted (odd but valid) request may change the state,
     * so the reference is checked before it and taken again after it. One export per operation when everything is
     * rejected; the program is reset between operations only after an accepted request.
     */
    private static final class StateWatch {
        private static boolean dirty = true;
        private String reference;
        private boolean rejectedSinceReference;

        void start() {
            if (dirty) {
                mock.reset();
                dirty = false;
            }
            reference = mock.exportState();
            rejectedSinceReference = false;
        }

        void beforeMayPass() {
            if (rejectedSinceReference) {
                assertUnchanged();
            }
        }

        void accepted() {
            dirty = true;
            reference = mock.exportState();
            rejectedSinceReference = false;
        }

        void rejected() {
            rejectedSinceReference = true;
        }

        void assertUnchanged() {
            assertThat(mock.exportState()).as("state after rejected requests").isEqualTo(reference);
            rejectedSinceReference = false;
        }
    }

    private static JsonNode json(String body, String what) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + what, e);
        }
    }

    private static String abbreviated(String body) {
        return body == null || body.length() < 300 ? body : body.substring(0, 300) + "…";
    }

    /** The README's list of operations without behaviour yet (read at run time, like RouteCoverageTest). */
    private static Set<String> readmeNotImplemented() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("<!-- not-implemented:start -->");
        int end = readme.indexOf("<!-- not-implemented:end -->");
        Set<String> ids = new TreeSet<>();
        if (start >= 0 && end > start) {
            Matcher m = Pattern.compile("`([A-Za-z0-9]+)`").matcher(readme.substring(start, end));
            while (m.find()) {
                ids.add(m.group(1));
            }
        }
        return ids;
    }
}
