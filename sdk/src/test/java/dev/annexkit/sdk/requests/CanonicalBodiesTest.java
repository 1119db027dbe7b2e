package dev.annexkit.sdk.requests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.annexkit.mock.wiremock.route.Route;
import dev.annexkit.mock.wiremock.route.RouteTable;
import dev.annexkit.mock.wiremock.tolerance.ToleranceStage;
import dev.annexkit.mock.wiremock.validation.ContractValidator;
import dev.annexkit.sdk.AnnexCloudClient;
import dev.annexkit.sdk.model.BulkMemberLookupRequest;
import dev.annexkit.sdk.model.BulkPointsEntry;
import dev.annexkit.sdk.model.IssuanceProduct;
import dev.annexkit.sdk.model.MemberCreateRequest;
import dev.annexkit.sdk.model.OrderCreateRequest;
import dev.annexkit.sdk.model.PointsActivity;
import dev.annexkit.sdk.points.PointsRequests;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SDK's side of real-client fidelity: while the mock tolerates what other clients send, the SDK itself
 * sends only canonical bodies. A representative set of calls is captured on the wire and checked in strict
 * terms: no {@code null} anywhere (unset fields are left out), nothing the mock's strict mode would refuse
 * (unknown fields, numbers as strings or strings as numbers, objects for arrays, enum casing), and the spec's
 * contract as the mock validates it.
 */
class CanonicalBodiesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "/api/3.0";
    private static final String M = "ada@example.com";

    private final MockWebServer server = new MockWebServer();
    private AnnexCloudClient client;

    @BeforeEach
    void start() throws IOException {
        server.start();
        client = AnnexCloudClient.builder().baseUrl(server.url(BASE).toString())
                .siteId("12345678").siteName("site").secret("canonical-secret").build();
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Test
    void representativeRequestsGoOutCanonicalAndWithinTheContract() throws Exception {
        List<Runnable> calls = List.of(
                () -> client.users().createMember(new MemberCreateRequest().id(M).email(M)),
                () -> client.points().postPoints(PointsRequests.manualCredit(M, 250, "Welcome").customId("w-1")),
                () -> client.points().postPoints(PointsRequests.redeemReward(M, "FREE-SHIPPING")),
                () -> client.points().postPoints(PointsRequests.awardByAction(M, 101)),
                () -> client.points().postBulkPoints(Map.of("1", new BulkPointsEntry().id(M).actionId("100")
                        .activity(PointsActivity.CREDIT).credit(10L).reason("Bonus"))),
                () -> client.points().getPointBalancesInBulk(new BulkMemberLookupRequest().ids(List.of(M, "b@x.io"))),
                () -> client.orders().createOrder(new OrderCreateRequest().id("SO1").userId(M)
                        .orderDetail(List.of(OrderUpdates.line("D1", 2, "100.00")))),
                () -> client.orders().updateOrder("SO1", OrderUpdates.returnLines("SO1",
                        OrderUpdates.line("D1", 1, "100.00"))),
                () -> client.issuance().createIssuance(Issuances.purchase("I-1", M, 174, new BigDecimal("100"), 500)
                        .orderDate("2024-06-19").productDetails(List.of(new IssuanceProduct().productId("p1")
                                .productQuantity(2)))),
                () -> client.issuance().updateIssuanceStatus(Issuances.fullCancel("I-1")));

        List<String> problems = new ArrayList<>();
        for (Runnable call : calls) {
            server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody("{}"));
            call.run();
            RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
            problems.addAll(strictProblems(request.getMethod(), request.getPath(),
                    request.getBody().readString(StandardCharsets.UTF_8)));
        }

        assertThat(problems).isEmpty();
    }

    @Test
    void theCheckCatchesWhatTheMockWouldOnlyTolerate() {
        String jacksonStyle = "{\"id\":\"" + M + "\",\"actionId\":\"100\",\"activity\":\"CREDIT\","
                + "\"credit\":\"50.0\",\"reason\":null,\"orderid\":\"x\"}";

        assertThat(strictProblems("POST", BASE + "/points", jacksonStyle))
                .anyMatch(p -> p.contains("null"))
                .anyMatch(p -> p.contains("/credit"))
                .anyMatch(p -> p.contains("/orderid"));
    }

    private static List<String> strictProblems(String method, String url, String body) {
        String path = url.substring(BASE.length());
        Route route = RouteTable.fromSpec().routes().stream()
                .filter(r -> r.method().equalsIgnoreCase(method) && r.match(path.split("\\?")[0]).isPresent())
                .findFirst().orElseThrow(() -> new AssertionError("no operation for " + method + " " + path));
        String where = route.operationId() + " " + body + ": ";
        List<String> problems = new ArrayList<>();
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (IOException e) {
            return List.of(where + "not JSON");
        }
        if (json.toString().contains(":null")) {
            problems.add(where + "carries a null member");
        }
        ToleranceStage.packaged().apply(route.operationId(), json.deepCopy(), false).refusals()
                .forEach(r -> problems.add(where + r));
        ContractValidator.packaged().checkRequest(method, url, "application/json", body)
                .forEach(v -> problems.add(where + v));
        return problems;
    }
}
