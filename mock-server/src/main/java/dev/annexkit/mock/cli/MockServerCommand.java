package dev.annexkit.mock.cli;

import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.MockCredentials;
import dev.annexkit.mock.Seed;
import dev.annexkit.mock.ValidationMode;
import dev.annexkit.mock.wiremock.state.StateFileRefused;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.IntConsumer;
import java.util.function.UnaryOperator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code java -jar annexkit-mock-server-standalone.jar}: runs the mock until the process is stopped (Ctrl+C) or
 * {@code POST /__admin/shutdown}, then exits.
 */
@Command(name = "annexkit-mock-server", mixinStandardHelpOptions = true, version = "AnnexKit mock server",
        description = "A stateful mock of the Annex Cloud Loyalty API 3.0.")
public final class MockServerCommand implements Callable<Integer> {

    private static final MockCredentials DEFAULTS = MockCredentials.defaults();

    @Option(names = "--port", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port = 8080;

    @Option(names = "--bind", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String bindAddress = "127.0.0.1";

    @Option(names = "--site-id", description = "Site id requests must be signed for (default: ${DEFAULT-VALUE}).")
    String siteId = DEFAULTS.siteId();

    @Option(names = "--site-name", description = "Site name, the JWT subject (default: ${DEFAULT-VALUE}).")
    String siteName = DEFAULTS.siteName();

    /** The environment variable the secret may come from, so it need not sit in the process's arguments. */
    static final String SECRET_VARIABLE = "ANNEXKIT_SECRET";

    @Option(names = "--secret", description = "Shared secret that signs requests (default: $" + SECRET_VARIABLE
            + " if set, else ${DEFAULT-VALUE}). Visible to other local users in the process list: prefer"
            + " --secret-file or $" + SECRET_VARIABLE + ".")
    String secret = DEFAULTS.secret();

    @Option(names = "--secret-file", paramLabel = "PATH",
            description = "Read the shared secret from this file (first line, trimmed).")
    Path secretFile;

    @Option(names = "--root-dir", paramLabel = "DIR", description = "Directory WireMock may read stub files from and"
            + " write them to (mappings/, __files/). Default: a temporary directory, removed on exit.")
    Path rootDir;

    @Option(names = "--allow-proxy-to", paramLabel = "TARGET", split = ",", description = "Hosts, *.domains, IPs or"
            + " IP ranges WireMock proxy stubs may forward to (repeatable). Default: none.")
    List<String> proxyTargets = new ArrayList<>();

    @Option(names = "--admin-token", paramLabel = "TOKEN",
            description = "Require 'Authorization: Bearer TOKEN' on every /__admin request.")
    String adminToken;

    @Option(names = "--admin-host", paramLabel = "NAME", split = ",", description = "Further host names admin"
            + " requests may address the server by (besides the bind address, localhost, 127.0.0.1, [::1]).")
    List<String> adminHosts = new ArrayList<>();

    @Option(names = "--no-admin", description = "Switch the HTTP admin API off (/__admin answers 404).")
    boolean noAdmin;

    @Option(names = "--seed", description = "Program data to load: demo or none (default: ${DEFAULT-VALUE}).",
            converter = SeedConverter.class)
    Seed seed = Seed.NONE;

    @Spec
    CommandSpec spec;

    @Option(names = "--validation", description = "Contract checks: off, requests, full or strict (strict also "
            + "refuses the real clients' deviations other modes tolerate; default: ${DEFAULT-VALUE}).",
            converter = ValidationConverter.class)
    ValidationMode validation = ValidationMode.REQUESTS;

    /** Where environment variables come from; tests replace it. */
    UnaryOperator<String> environment = System::getenv;
    @Option(names = "--state-file", description = "Keep the state in this file across runs: loaded at start when it"
            + " exists, saved atomically after changes and on exit. Refused, and left alone, if it is not a state"
            + " file.")
    Path stateFile;

    @Option(names = "--save-interval", description = "Longest wait before a change reaches the state file, as an"
            + " ISO-8601 duration (default: ${DEFAULT-VALUE}).", converter = DurationConverter.class)
    Duration saveInterval = Duration.ofSeconds(2);

    private final CountDownLatch stopped = new CountDownLatch(1);
    private AnnexCloudMockServer server;
    private String secretSource = "--secret";

    /** Entry point. */
    public static void main(String[] args) {
        run(args, System::exit);
    }

    /** Runs the command and hands its exit code to {@code exit} (the process exits even if a thread lingers). */
    static void run(String[] args, IntConsumer exit) {
        run(new CommandLine(new MockServerCommand()), args, exit);
    }

    static void run(CommandLine cli, String[] args, IntConsumer exit) {
        exit.accept(cli.execute(args));
    }

    @Override
    public Integer call() throws InterruptedException, IOException {
        AnnexCloudMockServer.Builder builder = AnnexCloudMockServer.builder()
                .port(port)
                .bindAddress(bindAddress)
                .credentials(new MockCredentials(siteId, siteName, resolveSecret()))
                .seed(seed)
                .validation(validation)
                .allowProxyTo(proxyTargets.toArray(String[]::new))
                .adminHosts(adminHosts.toArray(String[]::new))
                .onAdminShutdown(stopped::countDown);
        if (rootDir != null) {
            builder.rootDirectory(rootDir);
        }
        if (adminToken != null) {
            builder.adminToken(adminToken);
        }
        if (noAdmin) {
            builder.noAdmin();
        }
        if (stateFile != null) {
            builder.stateFile(stateFile).saveInterval(saveInterval);
        }
        try {
            server = builder.start();
        } catch (StateFileRefused e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 2;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "annexkit-mock-shutdown"));
        printBanner(spec.commandLine().getOut());
        stopped.await();
        server.stop(); // after /__admin/shutdown WireMock has stopped already; this also clears its temp files
        return 0;
    }

    /** {@code --secret}, else {@code --secret-file}, else the environment variable, else the default. */
    private String resolveSecret() throws IOException {
        boolean onCommandLine = spec.commandLine().getParseResult().hasMatchedOption("--secret");
        if (onCommandLine) {
            return secret;
        }
        if (secretFile != null) {
            secretSource = "--secret-file";
            List<String> lines = Files.readAllLines(secretFile, StandardCharsets.UTF_8);
            String fromFile = lines.isEmpty() ? "" : lines.get(0).trim();
            if (fromFile.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--secret-file " + secretFile
                        + " is empty");
            }
            return fromFile;
        }
        String fromEnvironment = environment.apply(SECRET_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            secretSource = "$" + SECRET_VARIABLE;
            return fromEnvironment.trim();
        }
        return secret;
    }

    private void printBanner(PrintWriter out) {
        out.println("AnnexKit mock server for the Annex Cloud Loyalty API 3.0");
        out.println("  base URL : " + server.baseUrl());
        out.println("  site id  : " + siteId);
        out.println("  site name: " + siteName);
        // a secret kept out of argv is kept out of the console too
        out.println("  secret   : " + (secretSource.equals("--secret") ? secret : "(from " + secretSource + ")"));
        out.println("  seed     : " + seed.name().toLowerCase(Locale.ROOT));
        out.println("  checks   : " + validation.name().toLowerCase(Locale.ROOT));
        out.println("  admin    : " + (noAdmin ? "off" : server.baseUrl().replace(AnnexCloudMockServer.BASE_PATH,
                "/__admin") + (adminToken != null ? " (token required)" : "")));
        if (stateFile != null) {
            out.println("  state    : " + stateFile.toAbsolutePath());
        }
        out.println("Press Ctrl+C to stop.");
        out.flush();
    }

    /** Stops the server and lets {@link #call()} return; the shutdown hook calls it on Ctrl+C. */
    void stop() {
        if (server != null) {
            server.stop();
        }
        stopped.countDown();
    }

    /** Parses {@code --validation}. */
    static final class ValidationConverter implements CommandLine.ITypeConverter<ValidationMode> {
        @Override
        public ValidationMode convert(String value) {
            return ValidationMode.parse(value);
        }
    }

    /** Parses {@code --save-interval}. */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            Duration d = Duration.parse(value);
            if (d.isNegative() || d.isZero()) {
                throw new CommandLine.TypeConversionException("must be positive, e.g. PT2S");
            }
            return d;
        }
    }

    /** Parses {@code --seed}. */
    static final class SeedConverter implements CommandLine.ITypeConverter<Seed> {
        @Override
        public Seed convert(String value) {
            return Seed.parse(value);
        }
    }
}
