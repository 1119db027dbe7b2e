package dev.annexkit.bench;

import dev.annexkit.mock.MockCredentials;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scenario 1: the stateful mock vs plain WireMock static stubs vs Prism, on the same mixed workload, in one run.
 *
 * <p>All three servers run at once as child processes (idle ones cost nothing); each is warmed up, then the
 * measured rounds interleave them (the order rotates every round), so a burst of noise from other processes on the
 * machine lands on all three rather than on one. Results add up all rounds per target.
 *
 * <p>Usage: {@code ServerThroughput [users=16] [seconds-per-round=10] [rounds=3] [warmup-seconds=10]
 * [targets=stateful,stateful-noval,static,prism]}; {@code stateful-noval} is the stateful mock with request
 * validation off; the target {@code baseline} is the stateful mock of another build
 * ({@code -Dbench.baseline=that-build's-bench.jar}), to measure a fix side by side.
 */
public final class ServerThroughput {

    private ServerThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int users = intArg(args, 0, 16);
        double seconds = Double.parseDouble(args.length > 1 ? args[1] : "10");
        int rounds = intArg(args, 2, 3);
        double warmup = Double.parseDouble(args.length > 3 ? args[3] : "10");
        List<String> targets = List.of((args.length > 4 ? args[4] : "stateful,stateful-noval,static,prism").split(","));
        MockCredentials site = MockCredentials.defaults();
        Path logs = Files.createDirectories(Path.of(System.getProperty("bench.logs", "bench/results")));

        Map<String, String> baseUrls = new LinkedHashMap<>();
        Map<String, Process> byTarget = new LinkedHashMap<>();
        List<Process> processes = new ArrayList<>();
        try {
            for (String target : targets) {
                int port = Processes.freePort();
                long t0 = System.nanoTime();
                Process process = switch (target) {
                    case "stateful" -> Processes.benchServer(logs.resolve("server-stateful.log"), "stateful",
                            String.valueOf(port), String.valueOf(Workload.DEFAULT_MEMBERS));
                    case "stateful-noval" -> Processes.benchServer(logs.resolve("server-stateful-noval.log"),
                            "stateful", String.valueOf(port), String.valueOf(Workload.DEFAULT_MEMBERS), "OFF");
                    case "static" -> Processes.benchServer(logs.resolve("server-static.log"), "static",
                            String.valueOf(port));
                    case "prism" -> Processes.prism(port, logs.resolve("server-prism.log"));
                    // the stateful mock from another build, for A/B runs of a fix: -Dbench.baseline=path.jar
                    case "baseline" -> Processes.benchServer(System.getProperty("bench.baseline"),
                            logs.resolve("server-baseline.log"), "stateful", String.valueOf(port),
                            String.valueOf(Workload.DEFAULT_MEMBERS));
                    default -> throw new IllegalArgumentException("unknown target " + target);
                };
                processes.add(process);
                byTarget.put(target, process);
                String base = "http://127.0.0.1:" + port + (target.equals("prism") ? "" : "/api/3.0");
                Processes.awaitFirstSuccess(process, base, site, t0, 120_000);
                if (!target.equals("prism")) {
                    Processes.awaitReady(process, logs.resolve("server-" + target + ".log"), 300_000);
                }
                baseUrls.put(target, base);
                System.out.printf("started %-8s %s%n", target, base);
            }

            Map<String, LoadDriver.Result> totals = new LinkedHashMap<>();
            Map<String, Long> serverCpuNanos = new LinkedHashMap<>();
            try (LoadDriver driver = new LoadDriver(users)) {
                for (String target : targets) {
                    LoadDriver.Result r = driver.run(target, baseUrls.get(target), site, Workload.DEFAULT_MEMBERS,
                            warmup, Long.MAX_VALUE);
                    System.out.printf("warm-up  %-8s %8.0f req/s%n", target, r.throughput());
                }
                for (int round = 0; round < rounds; round++) {
                    for (int i = 0; i < targets.size(); i++) {
                        String target = targets.get((i + round) % targets.size());
                        long cpuBefore = cpuNanos(byTarget.get(target));
                        LoadDriver.Result r = driver.run(target, baseUrls.get(target), site,
                                Workload.DEFAULT_MEMBERS, seconds, 5_000_000L);
                        long cpu = cpuNanos(byTarget.get(target)) - cpuBefore;
                        System.out.printf("round %d  %-8s %8.0f req/s  p50 %6.2f ms  p99 %6.2f ms  errors %d"
                                        + "  server CPU %5.0f µs/req%n", round + 1, target, r.throughput(),
                                r.p50Millis(), r.p99Millis(), r.errors(), cpu / 1e3 / Math.max(1, r.requests()));
                        totals.merge(target, r, LoadDriver.Result::plus);
                        serverCpuNanos.merge(target, cpu, Long::sum);
                    }
                }
            }
            print(totals, serverCpuNanos, users);
        } finally {
            for (Process process : processes) {
                Processes.stop(process);
            }
        }
    }

    private static void print(Map<String, LoadDriver.Result> totals, Map<String, Long> serverCpuNanos, int users) {
        LoadDriver.Result ceiling = totals.get("static");
        System.out.printf("%nScenario 1 — mixed workload, %d virtual users, all rounds%n", users);
        System.out.println("| target | requests | errors | req/s | p50 ms | p99 ms | req/s ÷ static"
                + " | server CPU µs/req |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (LoadDriver.Result r : totals.values()) {
            String ratio = ceiling == null ? "" : String.format(Locale.ROOT, "%.2f×",
                    r.throughput() / ceiling.throughput());
            double cpuPerRequest = serverCpuNanos.getOrDefault(r.target(), 0L) / 1e3 / Math.max(1, r.requests());
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %.0f | %.2f | %.2f | %s | %.0f |%n", r.target(),
                    r.requests(), r.errors(), r.throughput(), r.p50Millis(), r.p99Millis(), ratio, cpuPerRequest);
        }
    }

    /**
     * CPU time the server process (and its children: Prism runs under a wrapper) has used so far. Unlike req/s,
     * it does not depend on what else the machine is running, so it tells a change apart on a busy machine.
     */
    static long cpuNanos(Process process) {
        long total = cpuNanos(process.toHandle());
        for (ProcessHandle child : (Iterable<ProcessHandle>) process.descendants()::iterator) {
            total += cpuNanos(child);
        }
        return total;
    }

    private static long cpuNanos(ProcessHandle handle) {
        return handle.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }

    private static int intArg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }
}
