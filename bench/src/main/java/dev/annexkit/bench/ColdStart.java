package dev.annexkit.bench;

import dev.annexkit.mock.MockCredentials;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scenario 3a: from process start to the first 200 on a signed {@code GET /points/demo@annexkit.dev}, for the
 * runnable standalone jar ({@code java -jar … --seed demo}, default JVM flags), the same jar with an AppCDS
 * archive ({@code -XX:SharedArchiveFile}, made by one training run with {@code -XX:ArchiveClassesAtExit} before
 * the measured runs) and Prism on the same spec, alternated run by run. The clock starts just before
 * {@code ProcessBuilder.start()}; the probe retries every 2 ms.
 *
 * <p>Usage: {@code ColdStart RUNNABLE_JAR [runs=5]}
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
        Path archive = logs.resolve("annexkit-mock.jsa").toAbsolutePath();
        Files.deleteIfExists(archive);
        once(site, List.of("-XX:ArchiveClassesAtExit=" + archive), logs); // training run: writes the archive
        List<Long> standalone = new ArrayList<>();
        List<Long> withCds = new ArrayList<>();
        List<Long> prism = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            standalone.add(once(site, List.of(), logs));
            withCds.add(once(site, List.of("-XX:SharedArchiveFile=" + archive), logs));
            prism.add(once(site, null, logs));
            System.out.printf("run %d  standalone %5d ms  with AppCDS %5d ms  prism %5d ms%n", i + 1,
                    standalone.get(i) / 1_000_000, withCds.get(i) / 1_000_000, prism.get(i) / 1_000_000);
        }
        System.out.printf("%nScenario 3a — process start to first successful response, %d runs%n", runs);
        System.out.println("| server | median ms | min ms | max ms |");
        System.out.println("|---|---:|---:|---:|");
        row("standalone jar", standalone);
        row("standalone jar + AppCDS", withCds);
        row("Prism", prism);
    }

    /** One start; {@code jvmFlags} null means Prism instead of the jar. */
    private static long once(MockCredentials site, List<String> jvmFlags, Path logs) throws Exception {
        int port = Processes.freePort();
        long t0 = System.nanoTime();
        Process process;
        String base;
        if (jvmFlags == null) {
            process = Processes.prism(port, logs.resolve("coldstart-prism.log"));
            base = "http://127.0.0.1:" + port;
        } else {
            List<String> command = new ArrayList<>();
            command.add(Processes.javaBinary());
            command.addAll(jvmFlags);
            command.addAll(List.of("-jar", jar, "--port", String.valueOf(port), "--seed", "demo"));
            process = new ProcessBuilder(command).redirectErrorStream(true)
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
