package dev.annexkit.sdk.acceptance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.Seed;
import dev.annexkit.mock.junit.AnnexCloudMock;
import dev.annexkit.sdk.AnnexCloudClient;
import dev.annexkit.sdk.errors.AnnexCloudException;
import dev.annexkit.sdk.model.Reward;
import dev.annexkit.sdk.points.PointsRequests;
import dev.annexkit.sdk.retry.RetryPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import dev.annexkit.sdk.service.RewardsV2Service.ListRewardsParams;

/** Retries, paging and the typed request factories against the stateful mock. */
@AnnexCloudMock(seed = Seed.DEMO)
class ProductionFeaturesAcceptanceTest {

    static final String DEMO = "demo@annexkit.dev";
    static final String DEMO_IN_PATH = "demo%40annexkit.dev";

    /** A client for the mock whose waits are recorded, not slept. */
    static AnnexCloudClient recordingClient(AnnexCloudMockServer mock, List<Duration> sleeps) {
        return AnnexCloudClient.builder().baseUrl(mock.baseUrl())
                .siteId(mock.credentials().siteId()).siteName(mock.credentials().siteName())
                .secret(mock.credentials().secret())
                .retryPolicy(RetryPolicy.builder().sleeper(sleeps::add).build())
                .build();
    }

    /** The first matching request gets a 503 from a user stub; later ones fall through to the mock. */
    static void failOnce(AnnexCloudMockServer mock, com.github.tomakehurst.wiremock.client.MappingBuilder request) {
        mock.wireMock().stubFor(request.inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1"))
                .willSetStateTo("recovered"));
    }

    @Nested
    class Retries {

        @Test
        void aTransientFailureOfARead503IsRetriedAndTheMockAnswers(AnnexCloudMockServer mock) {
            List<Duration> sleeps = new ArrayList<>();
            failOnce(mock, get(urlPathEqualTo("/api/3.0/points/" + DEMO_IN_PATH)));

            long available = recordingClient(mock, sleeps).points().getPointBalance(DEMO).getAvailablePoints();

            assertThat(available).isEqualTo(1_200L);
            assertThat(sleeps).containsExactly(Duration.ofSeconds(1));
            mock.wireMock().verify(2, getRequestedFor(urlPathEqualTo("/api/3.0/points/" + DEMO_IN_PATH)));
        }

        @Test
        void aDeduplicatedCreditIsRetriedWithAFreshSignatureAndBooksOnce(AnnexCloudMockServer mock) {
            List<Duration> sleeps = new ArrayList<>();
            failOnce(mock, post(urlPathEqualTo("/api/3.0/points")));
            AnnexCloudClient client = recordingClient(mock, sleeps);

            client.points().postPoints(PointsRequests.manualCredit(DEMO, 30, "retry test").customId("retry-1"));

            mock.wireMock().verify(2, postRequestedFor(urlPathEqualTo("/api/3.0/points")));
            assertThat(client.points().getPointBalance(DEMO).getAvailablePoints()).isEqualTo(1_230L);
        }

        @Test
        void aCreditWithoutDeduplicationIsNotRetried(AnnexCloudMockServer mock) {
            List<Duration> sleeps = new ArrayList<>();
            failOnce(mock, post(urlPathEqualTo("/api/3.0/points")));
            AnnexCloudClient client = recordingClient(mock, sleeps);

            ApiErrors.thrownBy(AnnexCloudException.class,
                    () -> client.points().postPoints(PointsRequests.manualCredit(DEMO, 30, "no key")));

            assertThat(sleeps).isEmpty();
            assertThat(client.points().getPointBalance(DEMO).getAvailablePoints()).isEqualTo(1_200L);
        }
    }

    @Nested
    class Paging {

        @Test
        void theRewardPagerReadsEveryPageOnceAndStopsAtTheLast(AnnexCloudMockServer mock, AnnexCloudClient client) {
            int total = client.rewards().listRewards().getTotal();
            mock.wireMock().resetRequests();

            List<String> ids = client.rewards().listRewardsAutoPaging(ListRewardsParams.builder().limit(2).build()).stream()
                    .map(Reward::getRewardId).collect(Collectors.toList());

            assertThat(total).isGreaterThan(2);
            assertThat(ids).hasSize(total).doesNotHaveDuplicates();
            mock.wireMock().verify((total + 1) / 2, getRequestedFor(urlPathEqualTo("/api/3.0/rewards")));
        }

        @Test
        void aShortStreamFetchesOnlyTheFirstPage(AnnexCloudMockServer mock, AnnexCloudClient client) {
            client.rewards().listRewardsAutoPaging(ListRewardsParams.builder().limit(2).build()).stream().findFirst();

            mock.wireMock().verify(1, getRequestedFor(urlPathEqualTo("/api/3.0/rewards")));
        }
    }

    @Nested
    class TypedRequests {

        @Test
        void manualCreditAndDebitMoveTheBalance(AnnexCloudClient client) {
            client.points().postPoints(PointsRequests.manualCredit(DEMO, 100, "typed credit"));
            client.points().postPoints(PointsRequests.manualDebit(DEMO, 40, "typed debit"));

            assertThat(client.points().getPointBalance(DEMO).getAvailablePoints()).isEqualTo(1_260L);
        }

        @Test
        void aDebitBeyondTheBalanceIsRecognisableByName(AnnexCloudClient client) {
            AnnexCloudException e = ApiErrors.thrownBy(AnnexCloudException.class,
                    () -> client.points().postPoints(PointsRequests.manualDebit(DEMO, 1_000_000, "too much")));

            assertThat(e.isInsufficientPoints()).as(e.getMessage()).isTrue();
        }
    }
}
