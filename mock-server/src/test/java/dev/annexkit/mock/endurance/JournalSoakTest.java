package dev.annexkit.mock.endurance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.MockHttp;
import dev.annexkit.mock.Seed;
import dev.annexkit.mock.wiremock.auth.AnnexSignatures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A long-running mock must not grow without limit: WireMock's request journal keeps every request unless bounded,
 * and the mock bounds it. 200,000 signed requests later the heap (after GC) has grown by less than 64 MB.
 */
class JournalSoakTest {

    private static final int REQUESTS = 200_000;
    private static final int THREADS = 8;
    private static final long HEAP_BOUND_BYTES = 64L * 1024 * 1024;

    @Test
    void twoHundredThousandRequestsLeaveTheJournalBoundedAndTheHeapFlat() throws Exception {
        AnnexCloudMockServer mock = MockHttp.server().seed(Seed.DEMO).journalLimit(1_000).start();
        try {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String token = AnnexSignatures.mintToken(mock.credentials(), "GET", "demo@annexkit.dev", null, MockHttp.EXP);
            HttpRequest balance = HttpRequest.newBuilder(URI.create(mock.baseUrl() + "/points/demo%40annexkit.dev"))
                    .header("Authorization", "Bearer " + token)
                    .header("X-AnnexCloud-Site", mock.credentials().siteId())
                    .build();
            send(client, balance, 10_000);
            long before = usedHeapAfterGc();

            int ok = send(client, balance, REQUESTS);

            long growth = usedHeapAfterGc() - before;
            assertThat(ok).isEqualTo(REQUESTS);
            assertThat(mock.wireMock().getAllServeEvents()).hasSizeLessThanOrEqualTo(1_000);
            assertThat(growth).as("heap growth after GC, bytes").isLessThan(HEAP_BOUND_BYTES);
        } finally {
            mock.stop();
        }
    }

    /** Sends {@code count} requests over {@link #THREADS} threads; returns how many answered 200. */
    private static int send(HttpClient client, HttpRequest request, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        AtomicInteger ok = new AtomicInteger();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < count / THREADS; i++) {
                        HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() == 200) {
                            ok.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get(10, TimeUnit.MINUTES);
            }
            return ok.get();
        } finally {
            pool.shutdownNow();
        }
    }

    /** Used heap after full collections (an explicit GC is a stop-the-world full GC on the default collector). */
    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
