package dev.annexkit.mock.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.MockCredentials;
import dev.annexkit.mock.MockHttp;
import dev.annexkit.mock.cli.MockServerCommand;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of the standalone mock: the state file holds the last save, whole, and the next run starts
 * from it. The mock runs as a real child process, killed with {@link Process#destroyForcibly()}.
 */
class StateFileCrashTest {

    private static final long YEAR_2100 = 4_102_444_800L;
    private static final Pattern BASE_URL = Pattern.compile("base URL : (http://127\\.0\\.0\\.1:\\d+/api/3\\.0)");

    @TempDir
    Path dir;

    @Test
    void aKilledProcessLeavesTheLastSavedStateAndTheNextRunStartsFromIt() throws Exception {
        Path file = dir.resolve("state.json");
        Process child = startChild(file);
        try {
            String baseUrl = baseUrlOf(child);
            MockHttp http = new MockHttp(baseUrl, MockCredentials.defaults(), YEAR_2100);
            MockHttp.Answer enrolled = http.post("/users", "{\"id\":\"ada\",\"email\":\"ada@example.com\"}");
            assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(200);
            MockHttp.Answer credited = http.post("/points",
                    "{\"id\":\"ada\",\"actionId\":100,\"activity\":\"CREDIT\",\"credit\":250}");
            assertThat(credited.status()).as(credited.body()).isEqualTo(200);

            awaitSaved(file, "\"points\" : 250"); // the credit, so the enrolment before it too
        } finally {
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no final save
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("child exited").isTrue();
        }

        try (AnnexCloudMockServer next = AnnexCloudMockServer.builder().stateFile(file).build().start()) {
            assertThat(next.program().member("ada").email()).isEqualTo("ada@example.com");
            MockHttp.Answer balance = new MockHttp(next.baseUrl(), MockCredentials.defaults(), YEAR_2100)
                    .get("/points/ada", "ada");
            assertThat(balance.body()).contains("250");
        }
    }

    private static Process startChild(Path file) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                MockServerCommand.class.getName(), "--port", "0", "--seed", "demo", "--state-file", file.toString(),
                "--save-interval", "PT0.1S"));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** Reads the child's banner for its base URL (bounded: a child that never prints fails the test). */
    private static String baseUrlOf(Process child) throws Exception {
        CompletableFuture<String> url = CompletableFuture.supplyAsync(() -> {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8));
            StringBuilder seen = new StringBuilder();
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    seen.append(line).append('\n');
                    Matcher m = BASE_URL.matcher(line);
                    if (m.find()) {
                        return m.group(1);
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            throw new IllegalStateException("the child printed no base URL:\n" + seen);
        });
        return url.get(60, TimeUnit.SECONDS);
    }

    private static void awaitSaved(Path file, String expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(file) && Files.readString(file).contains(expected)) {
                return;
            }
            Thread.sleep(50); // bounded poll for the child's saver, not a timing assertion
        }
        throw new AssertionError("the child never saved " + expected + " to " + file);
    }
}
