package dev.annexkit.bench;

import dev.annexkit.mock.MockCredentials;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Starting, probing and stopping the servers under test as child processes. */
final class Processes {

    /** Heap settings every Java server under test gets, so they differ only in what they run. */
    static final List<String> SERVER_JVM = List.of("-Xms512m", "-Xmx2g");

    private static final OkHttpClient PROBE = new OkHttpClient.Builder()
            .connectTimeout(200, TimeUnit.MILLISECONDS).readTimeout(5, TimeUnit.SECONDS)
            .retryOnConnectionFailure(false).build();

    private Processes() {
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** {@code java <SERVER_JVM> -cp <this classpath> dev.annexkit.bench.BenchServer args…}, output to a log. */
    static Process benchServer(Path log, String... args) throws IOException {
        return benchServer(System.getProperty("java.class.path"), log, args);
    }

    /**
     * As {@link #benchServer(Path, String...)} on another classpath (an A/B build). Extra JVM flags for every
     * server (e.g. a JFR recording) come from {@code -Dbench.serverJvm="…"}.
     */
    static Process benchServer(String classpath, Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(javaBinary());
        command.addAll(SERVER_JVM);
        String extra = System.getProperty("bench.serverJvm", "").trim();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.add("-cp");
        command.add(classpath);
        command.add(BenchServer.class.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** {@code prism mock -p PORT spec.yaml}; request logging goes to a file, as a user would run it. */
    static Process prism(int port, Path log) throws IOException {
        return new ProcessBuilder(prismBinary(), "mock", "-h", "127.0.0.1", "-p", String.valueOf(port),
                specFile().toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static String prismBinary() {
        String configured = System.getProperty("bench.prism", "bench/.prism/node_modules/.bin/prism");
        File file = new File(configured);
        if (!file.canExecute()) {
            throw new IllegalStateException("Prism not found at " + file.getAbsolutePath()
                    + ": run bench/run.sh (it installs it) or pass -Dbench.prism=/path/to/prism");
        }
        return file.getAbsolutePath();
    }

    /** The spec from the spec jar, written to a temp file for Prism. */
    static Path specFile() throws IOException {
        Path file = Files.createTempFile("annexkit-openapi", ".yaml");
        file.toFile().deleteOnExit();
        try (InputStream in = Processes.class.getResourceAsStream("/dev/annexkit/spec/openapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("spec resource missing from the classpath");
            }
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    /**
     * Polls a signed GET of the demo member's balance every 2 ms until it answers 200.
     *
     * @return nanoseconds from {@code startNanos} to the first 200
     */
    static long awaitFirstSuccess(Process process, String baseUrl, MockCredentials site, long startNanos,
                                  long timeoutMillis) throws InterruptedException {
        long deadline = startNanos + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("server exited with " + process.exitValue());
            }
            Request request = Workload.signed(baseUrl, Workload.Op.GET_BALANCE, "demo@annexkit.dev", site);
            try (Response response = PROBE.newCall(request).execute()) {
                if (response.code() == 200) {
                    return System.nanoTime() - startNanos;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(2);
        }
        throw new IllegalStateException("no 200 from " + baseUrl + " within " + timeoutMillis + " ms");
    }

    /**
     * Waits until a bench server has printed {@code READY} to its log: it answers before it has enrolled its bench
     * members, and a run started then measures the seeding and counts "member not found" answers.
     */
    static void awaitReady(Process process, Path log, long timeoutMillis) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("server exited with " + process.exitValue());
            }
            if (Files.exists(log) && Files.readString(log).contains("READY")) {
                return;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("no READY in " + log + " within " + timeoutMillis + " ms");
    }

    static void stop(Process process) throws InterruptedException {
        if (process == null) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
        }
    }
}
