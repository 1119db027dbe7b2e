package dev.annexkit.mock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annexkit.mock.MockCredentials;
import dev.annexkit.mock.MockHttp;
import dev.annexkit.mock.Seed;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MockServerCommandTest {

    private static final String[] ARGS = {"--port", "0", "--seed", "demo", "--site-id", "999", "--site-name", "x",
        "--secret", "s"};

    private static final long YEAR_2100 = 4_102_444_800L;

    private record Run(int exit, String out, String err) {
    }

    private static Run execute(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new MockServerCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Nested
    class Parsing {

        @Test
        void optionsReachTheCommand() {
            MockServerCommand command = new MockServerCommand();
            new CommandLine(command).parseArgs(ARGS);

            assertThat(command.port).isZero();
            assertThat(command.seed).isEqualTo(Seed.DEMO);
            assertThat(command.siteId).isEqualTo("999");
            assertThat(command.siteName).isEqualTo("x");
            assertThat(command.secret).isEqualTo("s");
        }

        @Test
        void defaultsAreTheDefaultCredentialsAndNoSeed() {
            MockServerCommand command = new MockServerCommand();
            new CommandLine(command).parseArgs();

            assertThat(new MockCredentials(command.siteId, command.siteName, command.secret))
                    .isEqualTo(MockCredentials.defaults());
            assertThat(command.seed).isEqualTo(Seed.NONE);
            assertThat(command.port).isEqualTo(8080);
        }

        @Test
        void unknownSeedExitsNonZeroNamingTheChoices() {
            Run run = execute("--port", "0", "--seed", "bogus");

            assertThat(run.exit()).isNotZero();
            assertThat(run.err()).contains("unknown seed 'bogus': use demo or none");
        }

        @Test
        void helpPrintsUsageWithEveryOptionAndExitsZero() {
            Run run = execute("--help");

            assertThat(run.exit()).isZero();
            assertThat(run.out()).contains("annexkit-mock-server", "--port", "--bind", "--site-id", "--site-name",
                    "--secret", "--seed", "--secret-file", "--root-dir", "--allow-proxy-to", "--admin-token",
                    "--admin-host", "--no-admin");
        }
    }

    @Nested
    class Running {

        /** {@code call()} blocks until stopped, as the standalone jar does until Ctrl+C. */
        @Test
        void startsTheServerPrintsBaseUrlAndCredentialsAndServesSignedRequests() throws Exception {
            MockServerCommand command = new MockServerCommand();
            CommandLine cli = new CommandLine(command);
            BannerCapture banner = new BannerCapture();
            cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(banner, StandardCharsets.UTF_8), true));
            CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cli.execute(ARGS));
            assertThat(banner.printed.await(30, TimeUnit.SECONDS)).as("banner printed").isTrue();
            try {
                String text = banner.text();
                Matcher url = Pattern.compile("base URL : (http://127\\.0\\.0\\.1:(\\d+)/api/3\\.0)").matcher(text);
                assertThat(url.find()).as(text).isTrue();
                assertThat(Integer.parseInt(url.group(2))).isPositive();
                assertThat(text).contains("site id  : 999", "site name: x", "secret   : s", "seed     : demo");

                // the CLI has no clock option: the server runs on the system clock, and exp has no upper bound
                MockHttp http = new MockHttp(url.group(1), new MockCredentials("999", "x", "s"), YEAR_2100);
                MockHttp.Answer unknown = http.get("/users/nobody", "nobody");
                assertThat(unknown.status()).as("signed with the CLI's credentials: " + unknown.body()).isEqualTo(404);
            } finally {
                command.stop();
            }
            assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
        }
    }

    @Nested
    class Hardening {

        /** Starts the command on a thread, as {@code main} would, and waits for its banner. */
        private Started start(MockServerCommand command, String... args) throws InterruptedException {
            CommandLine cli = new CommandLine(command);
            BannerCapture banner = new BannerCapture();
            cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(banner, StandardCharsets.UTF_8), true));
            CompletableFuture<Integer> exitCode = new CompletableFuture<>();
            Thread main = new Thread(() -> MockServerCommand.run(cli, args, exitCode::complete), "cli-main");
            main.setDaemon(true);
            main.start();
            assertThat(banner.printed.await(30, TimeUnit.SECONDS)).as("banner printed").isTrue();
            Matcher url = Pattern.compile("base URL : (http://(\\S+):(\\d+)/api/3\\.0)").matcher(banner.text());
            assertThat(url.find()).as(banner.text()).isTrue();
            return new Started(url.group(1), Integer.parseInt(url.group(3)), banner.text(), exitCode);
        }

        private record Started(String baseUrl, int port, String banner, CompletableFuture<Integer> exitCode) {
        }

        @Test
        void adminShutdownMakesTheProcessExit() throws Exception {
            MockServerCommand command = new MockServerCommand();
            Started started = start(command, ARGS);
            try {
                java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + started.port()
                                        + "/__admin/shutdown"))
                                .header("Content-Type", "application/json")
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).isEqualTo(200);

                assertThat(started.exitCode().get(30, TimeUnit.SECONDS)).as("exit code handed to the exit hook")
                        .isZero();
            } finally {
                command.stop();
            }
        }

        @Test
        void theSecretCanComeFromAFileAndStaysOffTheConsole(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
                throws Exception {
            java.nio.file.Path file = dir.resolve("secret.txt");
            java.nio.file.Files.writeString(file, "from-a-file\n");
            MockServerCommand command = new MockServerCommand();
            Started started = start(command, "--port", "0", "--site-id", "999", "--secret-file", file.toString());
            try {
                assertThat(started.banner()).contains("secret   : (from --secret-file)").doesNotContain("from-a-file");
                MockHttp http = new MockHttp(started.baseUrl(), new MockCredentials("999", "annexkit-mock",
                        "from-a-file"), YEAR_2100);
                assertThat(http.get("/users/nobody", "nobody").status()).isEqualTo(404);
            } finally {
                command.stop();
            }
        }

        @Test
        void theSecretCanComeFromTheEnvironment() throws Exception {
            MockServerCommand command = new MockServerCommand();
            command.environment = name -> name.equals(MockServerCommand.SECRET_VARIABLE) ? "from-the-env" : null;
            Started started = start(command, "--port", "0", "--site-id", "999");
            try {
                assertThat(started.banner()).contains("secret   : (from $ANNEXKIT_SECRET)")
                        .doesNotContain("from-the-env");
                MockHttp http = new MockHttp(started.baseUrl(), new MockCredentials("999", "annexkit-mock",
                        "from-the-env"), YEAR_2100);
                assertThat(http.get("/users/nobody", "nobody").status()).isEqualTo(404);
            } finally {
                command.stop();
            }
        }

        @Test
        void anIpv6BindAddressIsPrintedInBrackets() throws Exception {
            org.junit.jupiter.api.Assumptions.assumeTrue(ipv6Loopback(), "no IPv6 loopback on this machine");
            MockServerCommand command = new MockServerCommand();
            Started started = start(command, "--port", "0", "--bind", "::1", "--site-id", "999", "--secret", "s");
            try {
                assertThat(started.baseUrl()).startsWith("http://[::1]:");
                MockHttp http = new MockHttp(started.baseUrl(), new MockCredentials("999", "annexkit-mock", "s"),
                        YEAR_2100);
                assertThat(http.get("/users/nobody", "nobody").status()).isEqualTo(404);
            } finally {
                command.stop();
            }
        }

        private static boolean ipv6Loopback() {
            try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1,
                    java.net.InetAddress.getByName("::1"))) {
                return true;
            } catch (java.io.IOException e) {
                return false;
            }
        }
    }

    /** Collects what the banner prints and signals once its last line is out. */
    private static final class BannerCapture extends OutputStream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final CountDownLatch printed = new CountDownLatch(1);

        @Override
        public synchronized void write(int b) {
            bytes.write(b);
            if (b == '\n' && text().contains("Press Ctrl+C to stop.")) {
                printed.countDown();
            }
        }

        synchronized String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
