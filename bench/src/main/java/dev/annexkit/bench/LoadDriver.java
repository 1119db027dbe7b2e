package dev.annexkit.bench;

import dev.annexkit.mock.MockCredentials;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.HdrHistogram.Histogram;

/**
 * Closed-loop HTTP load: {@code users} threads share one OkHttp client (one keep-alive connection each), and each
 * loops over the four operations of {@link Workload} on a random member, sending the next request as soon as the
 * previous answer is read. Bounded by a duration and a request count, whichever comes first.
 *
 * <p>Latency is per request, from just before signing to the last body byte, recorded in one HdrHistogram per
 * thread (merged at the end): p99 over hundreds of thousands of samples without keeping them all, and no lock
 * between virtual users. Being closed-loop, it does not correct for coordinated omission: a stall delays the next
 * request instead of being counted against it, so p99 here is a lower bound under overload.
 */
public final class LoadDriver implements AutoCloseable {

    private final OkHttpClient http;
    private final int users;

    public LoadDriver(int users) {
        this.users = users;
        this.http = new OkHttpClient.Builder()
                .connectionPool(new ConnectionPool(users * 2, 5, TimeUnit.MINUTES))
                .retryOnConnectionFailure(false)
                .build();
    }

    /** One measured run. */
    public record Result(String target, long requests, long errors, double seconds, Histogram latencyNanos) {
        public double throughput() {
            return requests / seconds;
        }

        public double p50Millis() {
            return latencyNanos.getValueAtPercentile(50) / 1e6;
        }

        public double p99Millis() {
            return latencyNanos.getValueAtPercentile(99) / 1e6;
        }

        /** Adds another run of the same target. */
        public Result plus(Result other) {
            Histogram merged = latencyNanos.copy();
            merged.add(other.latencyNanos);
            return new Result(target, requests + other.requests, errors + other.errors, seconds + other.seconds,
                    merged);
        }
    }

    /**
     * Drives {@code baseUrl} for at most {@code seconds} or {@code maxRequests} requests.
     *
     * @param members how many bench members to pick from
     */
    public Result run(String target, String baseUrl, MockCredentials site, int members, double seconds,
                      long maxRequests) throws InterruptedException {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        AtomicLong budget = new AtomicLong(maxRequests);
        AtomicLong errors = new AtomicLong();
        List<Histogram> histograms = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int u = 0; u < users; u++) {
            Histogram histogram = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
            histograms.add(histogram);
            Thread thread = new Thread(() -> loop(baseUrl, site, members, deadline, budget, errors, histogram),
                    "vu-" + u);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        Histogram all = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
        histograms.forEach(all::add);
        return new Result(target, all.getTotalCount(), errors.get(), elapsed, all);
    }

    private final java.util.concurrent.atomic.AtomicInteger reportedFailures = new java.util.concurrent.atomic.AtomicInteger();

    private void loop(String baseUrl, MockCredentials site, int members, long deadline, AtomicLong budget,
                      AtomicLong errors, Histogram histogram) {
        Workload.Op[] ops = Workload.Op.values();
        int next = ThreadLocalRandom.current().nextInt(ops.length);
        while (System.nanoTime() < deadline && budget.decrementAndGet() >= 0) {
            Workload.Op op = ops[next++ % ops.length];
            String member = Workload.member(ThreadLocalRandom.current().nextInt(members));
            long t0 = System.nanoTime();
            Request request = Workload.signed(baseUrl, op, member, site);
            try (Response response = http.newCall(request).execute()) {
                byte[] body = response.body().bytes();
                if (response.code() >= 300) {
                    errors.incrementAndGet();
                    report(op + " answered " + response.code() + ": " + new String(body, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                errors.incrementAndGet();
                report(op + " failed: " + e);
            }
            histogram.recordValue(Math.min(System.nanoTime() - t0, histogram.getHighestTrackableValue()));
        }
    }

    /** The first few failures go to stderr, so a run with errors says what they were. */
    private void report(String failure) {
        if (reportedFailures.incrementAndGet() <= 5) {
            System.err.println("failure: " + failure);
        }
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
