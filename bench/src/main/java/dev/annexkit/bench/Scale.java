package dev.annexkit.bench;

import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.MockCredentials;
import dev.annexkit.mock.Seed;
import dev.annexkit.mock.domain.LoyaltyProgram;
import dev.annexkit.mock.domain.kernel.PageRequest;
import dev.annexkit.mock.domain.action.SystemActions;
import dev.annexkit.mock.domain.ledger.PointsCommand;
import dev.annexkit.mock.domain.member.NewMember;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.HdrHistogram.Histogram;

/**
 * Scenario 4: a program of MEMBERS members and ENTRIES ledger entries per member, seeded through the domain
 * ({@link LoyaltyProgram} of a running mock, so it can be read over HTTP too). Heap is measured after a full GC
 * before and after each step. Entries are added round by round (one entry per member per round: 4 credits for
 * each debit), and seeding stops early when the next round would not fit in the heap; the report says how far it
 * got, and extrapolates. Then: balance read and member-rewards (eligibility) latency, in the domain and over HTTP.
 *
 * <p>Usage: {@code Scale [members=1000000] [entries-per-member=10] [samples=200000]}; run with a big -Xmx.
 */
public final class Scale {

    private Scale() {
    }

    public static void main(String[] args) throws Exception {
        int members = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int entriesPerMember = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int samples = args.length > 2 ? Integer.parseInt(args[2]) : 200_000;
        long maxHeap = Runtime.getRuntime().maxMemory();
        System.out.printf("max heap %d MB%n", maxHeap >> 20);

        try (AnnexCloudMockServer mock = AnnexCloudMockServer.builder().seed(Seed.DEMO).start()) {
            LoyaltyProgram program = mock.program();
            long h0 = usedHeapAfterGc();
            long t0 = System.nanoTime();
            for (int i = 0; i < members; i++) {
                String id = Workload.member(i);
                program.enroll(NewMember.of(id, id).withName("Bench", "Member " + i));
            }
            double enrolSeconds = (System.nanoTime() - t0) / 1e9;
            long h1 = usedHeapAfterGc();
            System.out.printf(Locale.ROOT, "enrolled %,d members in %.1f s; heap %+,d MB = %d bytes/member%n",
                    members, enrolSeconds, (h1 - h0) >> 20, (h1 - h0) / members);

            long entries = 0;
            long previous = h1;
            double entrySeconds = 0;
            for (int round = 0; round < entriesPerMember; round++) {
                if (round > 0 && previous + 2 * (previous - h1) / round > maxHeap * 0.85) {
                    System.out.printf("stopping after %d rounds: the next would pass 85%% of the heap%n", round);
                    break;
                }
                boolean debit = round % 5 == 4;
                long t = System.nanoTime();
                forEachMember(members, i -> program.points(debit
                        ? PointsCommand.debit(Workload.member(i), SystemActions.MANUAL, 50)
                        : PointsCommand.credit(Workload.member(i), SystemActions.MANUAL, 100)));
                entrySeconds += (System.nanoTime() - t) / 1e9;
                entries += members;
                previous = usedHeapAfterGc();
                System.out.printf(Locale.ROOT, "round %2d: %,d entries in %.1f s total; heap %,d MB%n",
                        round + 1, entries, entrySeconds, previous >> 20);
            }
            long h2 = previous;
            long perEntry = entries == 0 ? 0 : (h2 - h1) / entries;
            System.out.printf(Locale.ROOT, "%n%,d members, %,d entries: heap %,d MB (members %,d MB, entries %,d MB)"
                    + "; %d bytes/member, %d bytes/entry%n", members, entries, (h2 - h0) >> 20, (h1 - h0) >> 20,
                    (h2 - h1) >> 20, (h1 - h0) / members, perEntry);
            if (entries < (long) members * entriesPerMember) {
                long target = (long) members * entriesPerMember;
                System.out.printf(Locale.ROOT, "extrapolated to %,d entries: %,d MB of entries, %,d MB in all%n",
                        target, (perEntry * target) >> 20, ((h1 - h0) + perEntry * target) >> 20);
            }

            Histogram balance = latency(samples, members, id -> program.balance(id));
            Histogram rewards = latency(samples, members,
                    id -> program.rewardsForMember(id, false, PageRequest.first()));
            Histogram http = httpLatency(mock, Math.min(samples, 50_000), members);
            System.out.printf("%nScenario 4 — latency at %,d members / %,d entries (1 thread)%n", members, entries);
            System.out.println("| read | samples | p50 µs | p99 µs | p99.9 µs | max µs |");
            System.out.println("|---|---:|---:|---:|---:|---:|");
            row("balance, domain", balance);
            row("member rewards (eligibility), domain", rewards);
            row("balance, HTTP (signed GET, mock in-process)", http);
        }
    }

    private static void forEachMember(int members, IntConsumer action) {
        for (int i = 0; i < members; i++) {
            action.accept(i);
        }
    }

    private interface Read {
        Object read(String memberId);
    }

    private static Histogram latency(int samples, int members, Read read) {
        Histogram histogram = new Histogram(TimeUnit.SECONDS.toNanos(10), 3);
        Object sink = null;
        for (int phase = 0; phase < 2; phase++) { // phase 0 warms the JIT up and is discarded
            histogram.reset();
            for (int s = 0; s < samples; s++) {
                String id = Workload.member(ThreadLocalRandom.current().nextInt(members));
                long t = System.nanoTime();
                sink = read.read(id);
                histogram.recordValue(System.nanoTime() - t);
            }
        }
        if (sink == null) {
            throw new IllegalStateException();
        }
        return histogram;
    }

    private static Histogram httpLatency(AnnexCloudMockServer mock, int samples, int members) throws Exception {
        OkHttpClient http = new OkHttpClient();
        MockCredentials site = mock.credentials();
        Histogram histogram = new Histogram(TimeUnit.SECONDS.toNanos(10), 3);
        for (int phase = 0; phase < 2; phase++) {
            histogram.reset();
            for (int s = 0; s < samples; s++) {
                String id = Workload.member(ThreadLocalRandom.current().nextInt(members));
                long t = System.nanoTime();
                try (Response response = http.newCall(
                        Workload.signed(mock.baseUrl(), Workload.Op.GET_BALANCE, id, site)).execute()) {
                    response.body().bytes();
                    if (response.code() != 200) {
                        throw new IllegalStateException("HTTP " + response.code());
                    }
                }
                histogram.recordValue(System.nanoTime() - t);
            }
        }
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
        return histogram;
    }

    private static void row(String name, Histogram h) {
        System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f |%n", name, h.getTotalCount(),
                h.getValueAtPercentile(50) / 1e3, h.getValueAtPercentile(99) / 1e3,
                h.getValueAtPercentile(99.9) / 1e3, h.getMaxValue() / 1e3);
    }

    /** Heap in use after full collections, settled (two GCs in a row that agree within 1 %). */
    static long usedHeapAfterGc() throws InterruptedException {
        long last = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(100);
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (Math.abs(last - used) < last / 100) {
                return used;
            }
            last = used;
        }
        return last;
    }
}
