package dev.annexkit.sdk.acceptance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.annexkit.sdk.acceptance.ApiErrors.assertApiError;
import static dev.annexkit.sdk.acceptance.ApiErrors.thrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.Seed;
import dev.annexkit.mock.junit.AnnexCloudMock;
import dev.annexkit.sdk.AnnexCloudClient;
import dev.annexkit.sdk.RequestOptions;
import dev.annexkit.sdk.errors.ApiConnectionException;
import dev.annexkit.sdk.errors.ServerException;
import dev.annexkit.sdk.model.PointsActivity;
import dev.annexkit.sdk.model.PointsRequest;
import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@AnnexCloudMock(seed = Seed.DEMO)
class WireMockInteropAcceptanceTest {

    static final String DEMO = "demo@annexkit.dev";
    /** WireMock matches the path as sent; the SDK percent-encodes {@code @} in path ids. */
    static final String DEMO_IN_PATH = "demo%40annexkit.dev";
    static final String DOWN = "{\"errorCode\":\"AC1001\",\"errorMessage\":\"down\"}";

    /** These tests are about stubs, not retries: one attempt each, and no real waiting. */
    static AnnexCloudClient once(AnnexCloudClient client) {
        return client.withOptions(RequestOptions.builder().maxRetries(0).build());
    }

    static void stubBalanceDown(AnnexCloudMockServer mock, String memberId) {
        mock.wireMock().stubFor(get(urlPathEqualTo("/api/3.0/points/" + memberId))
                .willReturn(aResponse().withStatus(503).withHeader("Content-Type", "application/json").withBody(DOWN)));
    }

    @Nested
    class UserStubs {

        @Test
        void userStubOnOurPathTakesPriority(AnnexCloudMockServer mock, AnnexCloudClient client) {
            stubBalanceDown(mock, "x");

            ServerException e = assertApiError(ServerException.class, 503, "AC1001",
                    () -> once(client).points().getPointBalance("x"));

            assertThat(e.errorMessage()).isEqualTo("down");
        }

        @Test
        void userStubLeavesOtherRequestsToTheMock(AnnexCloudMockServer mock, AnnexCloudClient client) {
            stubBalanceDown(mock, "x");

            assertThat(client.points().getPointBalance(DEMO).getAvailablePoints()).isEqualTo(1_200L);
        }

        @Test
        void faultStubSurfacesAsAConnectionError(AnnexCloudMockServer mock, AnnexCloudClient client) {
            mock.wireMock().stubFor(get(urlPathEqualTo("/api/3.0/points/" + DEMO_IN_PATH))
                    .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

            thrownBy(ApiConnectionException.class, () -> once(client).points().getPointBalance(DEMO));
        }

        @Test
        void resetRemovesUserStubs(AnnexCloudMockServer mock, AnnexCloudClient client) {
            stubBalanceDown(mock, DEMO_IN_PATH);

            mock.reset();

            assertThat(client.points().getPointBalance(DEMO).getAvailablePoints()).isEqualTo(1_200L);
        }
    }

    /** The extension resets the server before each test, so a stub never leaks into the next one. */
    @Nested
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class AcrossTests {

        @Test
        @Order(1)
        void aTestLeavesAStubBehind(AnnexCloudMockServer mock, AnnexCloudClient client) {
            stubBalanceDown(mock, DEMO_IN_PATH);

            assertApiError(ServerException.class, 503, "AC1001", () -> once(client).points().getPointBalance(DEMO));
        }

        @Test
        @Order(2)
        void theNextTestSeesTheMockAgain(AnnexCloudClient client) {
            assertThat(client.points().getPointBalance(DEMO).getAvailablePoints()).isEqualTo(1_200L);
        }
    }

    @Nested
    class Verification {

        @Test
        void verifyCountsOurOwnTraffic(AnnexCloudMockServer mock, AnnexCloudClient client) {
            client.points().postPoints(new PointsRequest().id(DEMO).actionId(100)
                    .activity(PointsActivity.CREDIT).credit(5L));
            client.points().postPoints(new PointsRequest().id(DEMO).actionId(100)
                    .activity(PointsActivity.CREDIT).credit(5L));
            client.points().getPointBalance(DEMO);

            mock.wireMock().verify(2, postRequestedFor(urlPathEqualTo("/api/3.0/points")));
            mock.wireMock().verify(1, getRequestedFor(urlPathEqualTo("/api/3.0/points/" + DEMO_IN_PATH))
                    .withHeader("X-AnnexCloud-Site",
                            com.github.tomakehurst.wiremock.client.WireMock.equalTo(mock.credentials().siteId())));
        }
    }

    @Nested
    class UnknownPaths {

        @Test
        void pathOutsideTheContractIsNotFoundWithAC1001(AnnexCloudMockServer mock) throws IOException {
            OkHttpClient http = new OkHttpClient();
            Request request = new Request.Builder().url(mock.baseUrl() + "/no/such/operation").get().build();

            try (Response response = http.newCall(request).execute()) {
                assertThat(response.code()).isEqualTo(404);
                assertThat(response.body().string()).contains("\"errorCode\":\"AC1001\"");
            }
        }
    }
}
