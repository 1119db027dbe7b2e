package dev.annexkit.bench;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.MockCredentials;
import dev.annexkit.sdk.AnnexCloudClient;
import dev.annexkit.sdk.auth.AnnexCredentials;
import dev.annexkit.sdk.model.MemberRewardList;
import dev.annexkit.sdk.model.PointBalance;
import dev.annexkit.sdk.model.PointsActivity;
import dev.annexkit.sdk.model.PointsRequest;
import dev.annexkit.sdk.model.PointsResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scenario 2: one SDK call vs the same call made by {@link RawClient} (OkHttp + Gson + the same signer), over the
 * same OkHttp connection pool to the same in-process server. Two servers: {@code stateful} (the AnnexKit mock,
 * auth on, 10,000 members) and {@code static} (plain WireMock stubs with the same bodies), where the server's share
 * of the time is smallest, so the client's overhead shows most. One thread; average time per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class SdkOverheadBenchmark {

    @Param({"stateful", "static"})
    public String server;

    private AnnexCloudMockServer mock;
    private WireMockServer stubs;
    private OkHttpClient http;
    private AnnexCloudClient sdk;
    private RawClient raw;
    private int next;

    @Setup(Level.Trial)
    public void start() throws IOException {
        MockCredentials site = MockCredentials.defaults();
        String baseUrl;
        if (server.equals("stateful")) {
            mock = BenchServer.startStateful(0, Workload.DEFAULT_MEMBERS);
            baseUrl = mock.baseUrl();
        } else {
            stubs = BenchServer.startStatic(0);
            baseUrl = "http://127.0.0.1:" + stubs.port() + AnnexCloudMockServer.BASE_PATH;
        }
        http = new OkHttpClient.Builder().connectionPool(new ConnectionPool(4, 5, TimeUnit.MINUTES)).build();
        sdk = AnnexCloudClient.builder().baseUrl(baseUrl).httpClient(http)
                .siteId(site.siteId()).siteName(site.siteName()).secret(site.secret()).build();
        raw = new RawClient(http, baseUrl, AnnexCredentials.of(site.siteId(), site.siteName(), site.secret()));
    }

    @TearDown(Level.Trial)
    public void stop() {
        if (mock != null) {
            mock.stop();
        }
        if (stubs != null) {
            stubs.stop();
        }
        http.connectionPool().evictAll();
    }

    private String member() {
        next = (next + 1) % Workload.DEFAULT_MEMBERS;
        return Workload.member(next);
    }

    @Benchmark
    public PointBalance getBalanceSdk() {
        return sdk.points().getPointBalance(member());
    }

    @Benchmark
    public RawClient.Balance getBalanceRaw() throws IOException {
        return raw.getPointBalance(member());
    }

    @Benchmark
    public PointsResponse awardPointsSdk() {
        return sdk.points().postPoints(new PointsRequest().id(member()).actionId(100)
                .activity(PointsActivity.CREDIT).credit(500L).reason("bench purchase"));
    }

    @Benchmark
    public RawClient.PointsAnswer awardPointsRaw() throws IOException {
        return raw.postPoints(new RawClient.PointsBody(member(), 100, "CREDIT", 500L, "bench purchase"));
    }

    @Benchmark
    public MemberRewardList listMemberRewardsSdk() {
        return sdk.rewards().listMemberRewards(member());
    }

    @Benchmark
    public RawClient.RewardList listMemberRewardsRaw() throws IOException {
        return raw.listMemberRewards(member());
    }

    /** Signing alone (what both sides pay), for scale. */
    @Benchmark
    public String signOnly() {
        return dev.annexkit.sdk.auth.RequestSigner.sign(
                AnnexCredentials.of("12345678", "annexkit-mock", "annexkit-mock-secret"), "GET", member(), null,
                Instant.now().getEpochSecond() + 180);
    }
}
