package dev.annexkit.bench;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.MockCredentials;
import dev.annexkit.sdk.AnnexCloudClient;
import dev.annexkit.sdk.auth.AnnexCredentials;
import dev.annexkit.sdk.model.PointsActivity;
import dev.annexkit.sdk.model.PointsRequest;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * Scenario 2, measured as the client thread's CPU time per call instead of wall time. OkHttp's synchronous
 * {@code execute()} runs the interceptors, the serialisation, the socket writes and reads and the parsing on the
 * calling thread, so that thread's CPU time is the client's whole cost, and unlike wall time it does not include
 * the server's work or the time spent waiting for a CPU on a loaded machine (where JMH's wall-clock averages of
 * {@link SdkOverheadBenchmark} swing by ±100 %). Blocks of SDK and raw calls alternate.
 *
 * <p>Usage: {@code SdkCpuCost [static|stateful] [calls-per-block=2000] [blocks=10]}
 */
public final class SdkCpuCost {

    private interface Call {
        Object run(String member) throws Exception;
    }

    private SdkCpuCost() {
    }

    public static void main(String[] args) throws Exception {
        String server = args.length > 0 ? args[0] : "static";
        int perBlock = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        int blocks = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        MockCredentials site = MockCredentials.defaults();
        AnnexCloudMockServer mock = null;
        WireMockServer stubs = null;
        String baseUrl;
        if (server.equals("stateful")) {
            mock = BenchServer.startStateful(0, Workload.DEFAULT_MEMBERS);
            baseUrl = mock.baseUrl();
        } else {
            stubs = BenchServer.startStatic(0);
            baseUrl = "http://127.0.0.1:" + stubs.port() + AnnexCloudMockServer.BASE_PATH;
        }
        OkHttpClient http = new OkHttpClient.Builder()
                .connectionPool(new ConnectionPool(4, 5, TimeUnit.MINUTES)).build();
        AnnexCloudClient sdk = AnnexCloudClient.builder().baseUrl(baseUrl).httpClient(http)
                .siteId(site.siteId()).siteName(site.siteName()).secret(site.secret()).build();
        RawClient raw = new RawClient(http, baseUrl, AnnexCredentials.of(site.siteId(), site.siteName(),
                site.secret()));

        String[] names = {"get balance", "award points", "list member rewards"};
        Call[] sdkCalls = {
            m -> sdk.points().getPointBalance(m),
            m -> sdk.points().postPoints(new PointsRequest().id(m).actionId(100).activity(PointsActivity.CREDIT)
                    .credit(500L).reason("bench purchase")),
            m -> sdk.rewards().listMemberRewards(m)};
        Call[] rawCalls = {
            raw::getPointBalance,
            m -> raw.postPoints(new RawClient.PointsBody(m, 100, "CREDIT", 500L, "bench purchase")),
            raw::listMemberRewards};

        System.out.printf("%nScenario 2 — client CPU per call (µs), %s server, %d blocks of %d calls%n",
                server, blocks, perBlock);
        System.out.println("| call | SDK CPU µs | raw CPU µs | SDK ÷ raw (CPU) | SDK wall µs | raw wall µs |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        for (int op = 0; op < names.length; op++) {
            block(sdkCalls[op], perBlock * 2);  // warm-up, discarded
            block(rawCalls[op], perBlock * 2);
            long[] s = new long[2];
            long[] r = new long[2];
            for (int b = 0; b < blocks; b++) {
                add(s, block(sdkCalls[op], perBlock));
                add(r, block(rawCalls[op], perBlock));
            }
            double calls = (double) blocks * perBlock;
            System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.2f× | %.0f | %.0f |%n", names[op],
                    s[0] / calls / 1e3, r[0] / calls / 1e3, (double) s[0] / r[0], s[1] / calls / 1e3,
                    r[1] / calls / 1e3);
        }
        http.connectionPool().evictAll();
        if (mock != null) {
            mock.stop();
        }
        if (stubs != null) {
            stubs.stop();
        }
    }

    private static int next;

    /** {cpu nanos, wall nanos} of {@code n} calls on this thread. */
    private static long[] block(Call call, int n) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        for (int i = 0; i < n; i++) {
            next = (next + 1) % Workload.DEFAULT_MEMBERS;
            if (call.run(Workload.member(next)) == null) {
                throw new IllegalStateException("no answer");
            }
        }
        return new long[] {threads.getCurrentThreadCpuTime() - cpu, System.nanoTime() - wall};
    }

    private static void add(long[] total, long[] block) {
        total[0] += block[0];
        total[1] += block[1];
    }
}
