package dev.annexkit.bench;

import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.Seed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scenario 3c: the first {@code AnnexCloudMockServer.builder().seed(DEMO).start()} in a fresh JVM, which is what
 * a test suite's first {@code @AnnexCloudMock} test waits for, next to a plain {@code WireMockServer.start()} in a
 * fresh JVM (the floor: no mock can start before WireMock has). Each run is a JVM of its own; median of N.
 *
 * <p>Usage: {@code FirstStart [runs=5]}
 */
public final class FirstStart {

    private FirstStart() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].startsWith("--child=")) {
            child(args[0].substring("--child=".length()));
            return;
        }
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<Long> mock = new ArrayList<>();
        List<Long> wireMock = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            mock.add(inFreshJvm("mock"));
            wireMock.add(inFreshJvm("wiremock"));
            System.out.printf("run %d  AnnexCloudMockServer %5d ms  plain WireMockServer %5d ms%n", i + 1,
                    mock.get(i), wireMock.get(i));
        }
        System.out.printf("%nScenario 3c — first start in a fresh JVM, %d runs%n", runs);
        System.out.println("| server | median ms | min ms | max ms |");
        System.out.println("|---|---:|---:|---:|");
        row("AnnexCloudMockServer (demo seed)", mock);
        row("plain WireMockServer", wireMock);
    }

    private static long inFreshJvm(String which) throws Exception {
        Process process = new ProcessBuilder(Processes.javaBinary(), "-cp", System.getProperty("java.class.path"),
                FirstStart.class.getName(), "--child=" + which).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        process.waitFor();
        for (String line : out.split("\n")) {
            if (line.startsWith("STARTED ")) {
                return Long.parseLong(line.substring("STARTED ".length()).trim());
            }
        }
        throw new IllegalStateException("child printed no time:\n" + out);
    }

    private static void child(String which) {
        long t0 = System.nanoTime();
        if (which.equals("mock")) {
            try (AnnexCloudMockServer mock = AnnexCloudMockServer.builder().seed(Seed.DEMO).start()) {
                System.out.println("STARTED " + (System.nanoTime() - t0) / 1_000_000);
            }
        } else {
            com.github.tomakehurst.wiremock.WireMockServer server = new com.github.tomakehurst.wiremock.WireMockServer(
                    com.github.tomakehurst.wiremock.core.WireMockConfiguration.options().port(0)
                            .bindAddress("127.0.0.1"));
            server.start();
            System.out.println("STARTED " + (System.nanoTime() - t0) / 1_000_000);
            server.stop();
        }
    }

    private static void row(String name, List<Long> millis) {
        long[] sorted = millis.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "| %s | %d | %d | %d |%n", name, sorted[sorted.length / 2], sorted[0],
                sorted[sorted.length - 1]);
    }
}
