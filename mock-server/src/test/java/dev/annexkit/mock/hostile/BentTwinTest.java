package dev.annexkit.mock.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.MockHttp;
import dev.annexkit.mock.Seed;
import dev.annexkit.mock.hostile.HostileCases.Case;
import dev.annexkit.mock.hostile.HostileCases.Documented;
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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * For every operation that documents a request example: the example as a correct client sends it goes to one
 * fresh demo server, its bent twin (see {@link BentTwin}) to another. The two must answer alike and end in
 * identical exported state: a tolerated request never does anything its canonical twin would not.
 */
class BentTwinTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    /**
     * Enough bent twins must be accepted for "identical state" to mean something (not two identical refusals,
     * nor a twin that came out unbent).
     */
    private static final int MIN_ACCEPTED = 20;

    private static AnnexCloudMockServer canonical;
    private static AnnexCloudMockServer bent;
    private static final AtomicInteger accepted = new AtomicInteger();

    @BeforeAll
    static void start() {
        canonical = MockHttp.server().seed(Seed.DEMO).start();
        bent = MockHttp.server().seed(Seed.DEMO).start();
    }

    @AfterAll
    static void stop() {
        canonical.stop();
        bent.stop();
    }

    @TestFactory
    Stream<DynamicTest> aBentTwinLeavesTheStateItsCanonicalRequestLeaves() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Route route : RouteTable.fromSpec().routes()) {
            Documented documented = HostileCases.documented(route);
            if (documented != null) {
                tests.add(DynamicTest.dynamicTest(route.operationId(), () -> twins(documented)));
            }
        }
        tests.add(DynamicTest.dynamicTest("at least " + MIN_ACCEPTED + " bent twins accepted", () ->
                assertThat(accepted.get()).isGreaterThanOrEqualTo(MIN_ACCEPTED)));
        return tests.stream();
    }

    private static void twins(Documented documented) throws IOException {
        canonical.reset();
        bent.reset();
        Case request = documented.request();
        JsonNode body = JSON.readTree(request.body());
        String bentBody = BentTwin.of(body, documented.schema()).toString();

        HttpResponse<String> straight = send(canonical, request, request.body());
        HttpResponse<String> twisted = send(bent, request, bentBody);

        String what = request.method() + " " + request.rawPath() + "\n canonical " + request.body() + " -> "
                + straight.statusCode() + " " + straight.body() + "\n bent " + bentBody + " -> "
                + twisted.statusCode() + " " + twisted.body();
        assertThat(straight.headers().firstValue("X-AnnexKit-Tolerated")).as(what).isEmpty();
        assertThat(twisted.statusCode()).as(what).isEqualTo(straight.statusCode());
        assertThat(twisted.body()).as(what).isEqualTo(straight.body());
        assertThat(bent.exportState()).as(what).isEqualTo(canonical.exportState());
        if (!bentBody.equals(request.body())) {
            assertThat(twisted.headers().firstValue("X-AnnexKit-Tolerated")).as(what).isPresent();
            assertThat(bent.tolerations()).as(what).hasSize(1);
        }
        if (straight.statusCode() < 300 && !bentBody.equals(request.body())) {
            accepted.incrementAndGet();
        }
    }

    private static HttpResponse<String> send(AnnexCloudMockServer mock, Case c, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String token = AnnexSignatures.mintToken(mock.credentials(), c.method(), c.pathId(), bytes, MockHttp.EXP);
        HttpRequest request = HttpRequest.newBuilder(URI.create(mock.baseUrl() + c.rawPath()))
                .header("Authorization", "Bearer " + token)
                .header("X-AnnexCloud-Site", mock.credentials().siteId())
                .header("Content-Type", "application/json")
                .method(c.method(), HttpRequest.BodyPublishers.ofByteArray(bytes))
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
