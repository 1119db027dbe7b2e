package dev.annexkit.bench;

import dev.annexkit.mock.MockCredentials;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scenario 3a: from process start to the first 200 on a signed {@code GET /points/demo@annexkit.dev}, for the
 * standalone jar ({@code java -jar … --seed demo}, default JVM flags) and for Prism on the same spec, alternated
 * run by run. The clock starts just before {@code ProcessBuilder.start()}; the probe retries every 2 ms.
 *
 * <p>Usage: {@code ColdStart STANDALONE_JAR [runs=5]}
 */
public final class ColdStart {

    private static String jar;

    private ColdStart() {
    }

    public static void main(String[] args) throws Exception {
        jar = Path.of(args[0]).toAbsolutePath().toString();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        MockCredentials site = MockCredentials.defaults();
        Path logs = Files.createDirectories(Path.of(System.getProperty("bench.logs", "bench/results")));
        List<Long> standalone = new ArrayList<>();
        List<Long> prism = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            standalone.add(once(site, "standalone", logs));
            prism.add(once(site, "prism", logs));
            System.out.printf("run %d  standalone %5d ms  prism %5d ms%n", i + 1,
                    standalone.get(i) / 1_000_000, prism.get(i) / 1_000_000);
        }
        System.out.printf("%nScenario 3a — process start to first successful response, %d runs%n", runs);
        System.out.println("| server | median ms | min ms | max ms |");
        System.out.println("|---|---:|---:|---:|");
        row("standalone jar", standalone);
        row("Prism", prism);
    }

    private static long once(MockCredentials site, String which, Path logs) throws Exception {
        int port = Processes.freePort();
        long t0 = System.nanoTime();
        Process process;
        String base;
        if (which.equals("prism")) {
            process = Processes.prism(port, logs.resolve("coldstart-prism.log"));
            base = "http://127.0.0.1:" + port;
        } else {
            process = new ProcessBuilder(Processes.javaBinary(), "-jar", jar, "--port", String.valueOf(port),
                    "--seed", "demo").redirectErrorStream(true)
                    .redirectOutput(logs.resolve("coldstart-standalone.log").toFile()).start();
            base = "http://127.0.0.1:" + port + "/api/3.0";
        }
        try {
            return Processes.awaitFirstSuccess(process, base, site, t0, 60_000);
        } finally {
            Processes.stop(process);
        }
    }

    private static void row(String name, List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "| %s | %d | %d | %d |%n", name, sorted[sorted.length / 2] / 1_000_000,
                sorted[0] / 1_000_000, sorted[sorted.length - 1] / 1_000_000);
    }
}
