package dev.annexkit.sdk.acceptance;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.Seed;
import dev.annexkit.mock.domain.reward.Reward;
import dev.annexkit.mock.junit.AnnexCloudMock;
import dev.annexkit.sdk.AnnexCloudClient;
import dev.annexkit.sdk.errors.AlreadyAppliedException;
import dev.annexkit.sdk.errors.ApiConnectionException;
import dev.annexkit.sdk.model.MemberCreateRequest;
import dev.annexkit.sdk.model.OrderCreateRequest;
import dev.annexkit.sdk.model.OrderLine;
import dev.annexkit.sdk.model.PointBalance;
import dev.annexkit.sdk.model.PointsRequest;
import dev.annexkit.sdk.model.PointsResponse;
import dev.annexkit.sdk.points.PointsRequests;
import dev.annexkit.sdk.requests.Issuances;
import dev.annexkit.sdk.retry.RetryPolicy;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Proves the retry table (sdk README, {@code DeduplicationKeys}) against the stateful mock. Each claimed key: the
 * first attempt is applied but its answer is lost on the way back, the SDK sends the request again, the mock answers
 * the repeat {@code 409 AC1006}, the caller gets {@link AlreadyAppliedException}, and the state shows one booking.
 * Each refused variant: sent twice it books twice (so it must not be resent), and behind a lost answer it is sent
 * once and reported as an unknown outcome.
 */
@AnnexCloudMock(seed = Seed.DEMO)
class DeduplicationAcceptanceTest {

    static final String DEMO = "demo@annexkit.dev";

    /**
     * A network interceptor that lets the first request through to the mock (which applies it) and then loses the
     * answer, as a read timeout would; later requests pass untouched.
     */
    static final class LoseFirstAnswer implements Interceptor {
        private final AtomicBoolean lost = new AtomicBoolean();

        @Override
        public Response intercept(Chain chain) throws IOException {
            Response response = chain.proceed(chain.request());
            if (lost.compareAndSet(false, true)) {
                response.close();
                throw new SocketTimeoutException("answer lost on the way back (test)");
            }
            return response;
        }
    }

    static AnnexCloudClient client(AnnexCloudMockServer mock, List<Duration> sleeps, boolean loseFirstAnswer) {
        OkHttpClient.Builder http = new OkHttpClient.Builder();
        if (loseFirstAnswer) {
            http.addNetworkInterceptor(new LoseFirstAnswer());
        }
        return AnnexCloudClient.builder().baseUrl(mock.baseUrl())
                .siteId(mock.credentials().siteId()).siteName(mock.credentials().siteName())
                .secret(mock.credentials().secret())
                .retryPolicy(RetryPolicy.builder().sleeper(sleeps::add).build())
                .httpClient(http.build())
                .build();
    }

    static PointBalance balance(AnnexCloudClient client) {
        return LedgerAssertions.balancedBalance(client, DEMO);
    }

    static void assertPostedTwiceAndAppliedOnce(AnnexCloudMockServer mock, String path, Throwable thrown) {
        mock.wireMock().verify(2, postRequestedFor(urlPathEqualTo("/api/3.0" + path)));
        assertThat(thrown).isInstanceOfSatisfying(AlreadyAppliedException.class, e -> {
            assertThat(e.httpStatus()).isEqualTo(409);
            assertThat(e.errorCode()).isEqualTo("AC1006");
            assertThat(e.attempt()).isEqualTo(2);
        });
    }

    @Nested
    class ClaimedKeys {

        @Test
        void pointsByCustomIdAndActionIdACredit(AnnexCloudMockServer mock) {
            AnnexCloudClient client = client(mock, new ArrayList<>(), true);

            Throwable thrown = catchThrowable(() -> client.points().postPoints(
                    PointsRequests.manualCredit(DEMO, 30, "lost answer").customId("dedup-credit")));

            assertPostedTwiceAndAppliedOnce(mock, "/points", thrown);
            assertThat(balance(client).getAvailablePoints()).isEqualTo(1_230L);
        }

        @Test
        void pointsByCustomIdAndActionIdADebit(AnnexCloudMockServer mock) {
            AnnexCloudClient client = client(mock, new ArrayList<>(), true);

            Throwable thrown = catchThrowable(() -> client.points().postPoints(
                    PointsRequests.manualDebit(DEMO, 40, "lost answer").customId("dedup-debit")));

            assertPostedTwiceAndAppliedOnce(mock, "/points", thrown);
            assertThat(balance(client).getAvailablePoints()).isEqualTo(1_160L);
        }

        @Test
        void pointsByOrderIdACredit(AnnexCloudMockServer mock) {
            AnnexCloudClient client = client(mock, new ArrayList<>(), true);

            Throwable thrown = catchThrowable(() -> client.points().postPoints(
                    PointsRequests.manualCredit(DEMO, 30, "order credit").orderId("ORD-77")));

            assertPostedTwiceAndAppliedOnce(mock, "/points", thrown);
            assertThat(balance(client).getAvailablePoints()).isEqualTo(1_230L);
        }

        @Test
        void ordersByTheirId(AnnexCloudMockServer mock) {
            AnnexCloudClient client = client(mock, new ArrayList<>(), true);

            Throwable thrown = catchThrowable(() -> client.orders().createOrder(new OrderCreateRequest()
                    .id("SO-DEDUP").userId(DEMO)
                    .orderDetail(List.of(new OrderLine().id("SKU-1").quantity("1").unitPrice("100.00")))));

            assertPostedTwiceAndAppliedOnce(mock, "/orders", thrown);
            assertThat(balance(client).getLifetimePoints()).isEqualTo(1_300L);
        }

        @Test
        void issuanceByOrderId(AnnexCloudMockServer mock) {
            AnnexCloudClient client = client(mock, new ArrayList<>(), true);

            Throwable thrown = catchThrowable(() -> client.issuance().createIssuance(
                    Issuances.purchase("ISS-DEDUP", DEMO, 174, new BigDecimal("100"), 500)));

            assertPostedTwiceAndAppliedOnce(mock, "/issuance", thrown);
            assertThat(balance(client).getLifetimePoints()).isEqualTo(1_700L);
        }

        @Test
        void membersByTheirId(AnnexCloudMockServer mock) {
            AnnexCloudClient client = client(mock, new ArrayList<>(), true);

            Throwable thrown = catchThrowable(() -> client.users().createMember(
                    new MemberCreateRequest().id("new@example.com").email("new@example.com")));

            assertPostedTwiceAndAppliedOnce(mock, "/users", thrown);
            assertThat(client.users().getMember("new@example.com")).isNotNull();
        }
    }

    @Nested
    class RefusedVariants {

        @Test
        void aDebitWithAnOrderIdIsBookedAgainWhenRepeatedSoItIsNotResent(AnnexCloudMockServer mock) {
            PointsRequest debit = PointsRequests.manualDebit(DEMO, 40, "refund").orderId("ORD-77");
            AnnexCloudClient plain = client(mock, new ArrayList<>(), false);
            plain.points().postPoints(debit);
            plain.points().postPoints(debit);
            assertThat(balance(plain).getAvailablePoints()).as("the mock books a repeated debit").isEqualTo(1_120L);

            List<Duration> sleeps = new ArrayList<>();
            Throwable thrown = catchThrowable(() -> client(mock, sleeps, true).points().postPoints(debit));

            assertThat(thrown).isInstanceOfSatisfying(ApiConnectionException.class,
                    e -> assertThat(e.outcomeUnknown()).isTrue());
            assertThat(sleeps).isEmpty();
            mock.wireMock().verify(3, postRequestedFor(urlPathEqualTo("/api/3.0/points")));
            assertThat(balance(plain).getAvailablePoints()).isEqualTo(1_080L);
        }

        @Test
        void aCreditThatAsksToReuseItsOrderIdIsBookedAgainSoItIsNotResent(AnnexCloudMockServer mock) {
            PointsRequest credit = PointsRequests.manualCredit(DEMO, 30, "again").orderId("ORD-78").retry("YES");
            AnnexCloudClient plain = client(mock, new ArrayList<>(), false);
            plain.points().postPoints(credit);
            plain.points().postPoints(credit);
            assertThat(balance(plain).getAvailablePoints()).isEqualTo(1_260L);

            Throwable thrown = catchThrowable(() -> client(mock, new ArrayList<>(), true).points().postPoints(credit));

            assertThat(thrown).isInstanceOfSatisfying(ApiConnectionException.class,
                    e -> assertThat(e.outcomeUnknown()).isTrue());
            assertThat(balance(plain).getAvailablePoints()).isEqualTo(1_290L);
        }

        @Test
        void aFreeRewardRedeemedTwiceWithOneCustomIdIsHandedOutTwiceSoRedemptionsAreNotResent(
                AnnexCloudMockServer mock) {
            mock.program().defineReward(Reward.builder("FREE-GIFT", "Free gift", 0).build());
            PointsRequest redeem = PointsRequests.redeemReward(DEMO, "FREE-GIFT").customId("gift-1");
            AnnexCloudClient plain = client(mock, new ArrayList<>(), false);

            PointsResponse first = plain.points().postPoints(redeem);
            // a de-duplicated request would be answered 409 AC1006 here: the mock hands the reward out again
            PointsResponse second = plain.points().postPoints(redeem);
            assertThat(first.getRewardId()).isEqualTo("FREE-GIFT");
            assertThat(second.getRewardId()).isEqualTo("FREE-GIFT");

            Throwable thrown = catchThrowable(() -> client(mock, new ArrayList<>(), true).points().postPoints(redeem));

            assertThat(thrown).isInstanceOfSatisfying(ApiConnectionException.class,
                    e -> assertThat(e.outcomeUnknown()).isTrue());
            mock.wireMock().verify(3, postRequestedFor(urlPathEqualTo("/api/3.0/points")));
        }
    }
}
