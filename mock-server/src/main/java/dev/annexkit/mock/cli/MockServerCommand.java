package dev.annexkit.mock.cli;

import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.MockCredentials;
import dev.annexkit.mock.Seed;
import dev.annexkit.mock.ValidationMode;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code java -jar annexkit-mock-server-standalone.jar}: runs the mock until the process is stopped. */
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

    @Option(names = "--secret", description = "Shared secret that signs requests (default: ${DEFAULT-VALUE}).")
    String secret = DEFAULTS.secret();

    @Option(names = "--seed", description = "Program data to load: demo or none (default: ${DEFAULT-VALUE}).",
            converter = SeedConverter.class)
    Seed seed = Seed.NONE;

    @Spec
    CommandSpec spec;

    @Option(names = "--validation", description = "Contract checks: off, requests, full or strict (strict also "
            + "refuses the real clients' deviations other modes tolerate; default: ${DEFAULT-VALUE}).",
            converter = ValidationConverter.class)
    ValidationMode validation = ValidationMode.REQUESTS;

    private final CountDownLatch stopped = new CountDownLatch(1);
    private AnnexCloudMockServer server;

    /** Entry point. */
    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new MockServerCommand());
        int exit = cli.execute(args);
        if (exit != 0) {
            System.exit(exit);
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        server = AnnexCloudMockServer.builder()
                .port(port)
                .bindAddress(bindAddress)
                .credentials(new MockCredentials(siteId, siteName, secret))
                .seed(seed)
                .validation(validation)
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "annexkit-mock-shutdown"));
        printBanner(spec.commandLine().getOut());
        stopped.await();
        return 0;
    }

    private void printBanner(PrintWriter out) {
        out.println("AnnexKit mock server for the Annex Cloud Loyalty API 3.0");
        out.println("  base URL : " + server.baseUrl());
        out.println("  site id  : " + siteId);
        out.println("  site name: " + siteName);
        out.println("  secret   : " + secret);
        out.println("  seed     : " + seed.name().toLowerCase(Locale.ROOT));
        out.println("  checks   : " + validation.name().toLowerCase(Locale.ROOT));
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

    /** Parses {@code --seed}. */
    static final class SeedConverter implements CommandLine.ITypeConverter<Seed> {
        @Override
        public Seed convert(String value) {
            return Seed.parse(value);
        }
    }
}
