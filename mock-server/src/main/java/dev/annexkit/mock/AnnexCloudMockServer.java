package dev.annexkit.mock;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.SingleRootFileSource;
import dev.annexkit.mock.domain.kernel.Ids;
import dev.annexkit.mock.domain.LoyaltyProgram;
import dev.annexkit.mock.domain.ProgramSettings;
import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.wiremock.AnnexHttpServerFactory;
import dev.annexkit.mock.wiremock.AnnexKitExtensions;
import dev.annexkit.mock.wiremock.AnnexStores;
import dev.annexkit.mock.wiremock.OwnStubs;
import dev.annexkit.mock.wiremock.MockControl;
import dev.annexkit.mock.wiremock.MockRuntime;
import dev.annexkit.mock.wiremock.auth.AnnexRequestAuthenticator;
import dev.annexkit.mock.wiremock.guard.AdminAccess;
import dev.annexkit.mock.wiremock.guard.FileRoot;
import dev.annexkit.mock.wiremock.guard.ProxyClientOnDemand;
import dev.annexkit.mock.wiremock.guard.ProxyTargets;
import dev.annexkit.mock.wiremock.guard.ServerLimits;
import dev.annexkit.mock.wiremock.fault.Faults;
import dev.annexkit.mock.wiremock.handlers.Handlers;
import dev.annexkit.mock.wiremock.inspector.RequestLog;
import dev.annexkit.mock.wiremock.route.RouteTable;
import dev.annexkit.mock.wiremock.tolerance.ToleranceStage;
import dev.annexkit.mock.wiremock.tolerance.TolerationLog;
import dev.annexkit.mock.wiremock.tolerance.TolerationReport;
import dev.annexkit.mock.wiremock.validation.ContractValidator;
import dev.annexkit.mock.wiremock.validation.ContractViolations;
import dev.annexkit.mock.wiremock.state.SeedJson;
import dev.annexkit.mock.wiremock.state.StateFile;
import dev.annexkit.mock.wiremock.state.StateFiles;
import dev.annexkit.mock.wiremock.state.StateSaver;
import java.nio.file.Path;
import dev.annexkit.mock.wiremock.state.StateJson;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A stateful mock of the Annex Cloud Loyalty API 3.0, embeddable in tests and runnable on its own.
 *
 * <p>It is a WireMock 3 server: {@link #wireMock()} gives the server, so tests can register stubs of their
 * own (they take priority over the mock's) and {@code verify(...)} the traffic. The API is served under
 * {@link #BASE_PATH} and every request must be signed with {@link #credentials()}.
 *
 * <pre>{@code
 * try (AnnexCloudMockServer mock = AnnexCloudMockServer.builder().seed(Seed.DEMO).start()) {
 *     String baseUrl = mock.baseUrl();   // http://localhost:<port>/api/3.0
 * }
 * }</pre>
 */
public final class AnnexCloudMockServer implements AutoCloseable {

    /** The path the API lives under, as on the real host. */
    public static final String BASE_PATH = "/api/3.0";

    private final MockCredentials credentials;
    private final Seed seed;
    private final MockClock clock;
    private final long idSeed;
    private final ProgramSettings settings;
    private final AtomicReference<LoyaltyProgram> program = new AtomicReference<>();
    private final RouteTable routes = RouteTable.fromSpec();
    private final ContractViolations violations = new ContractViolations();
    private final TolerationLog tolerations = new TolerationLog();
    private final RequestLog requestLog = new RequestLog(RequestLog.DEFAULT_CAPACITY);
    private final WireMockServer server;
    private final String host;
    private final FileRoot fileRoot;
    private final OwnStubs ownStubs;
    private final Faults faults;
    private final StateFile stateFile;
    private final Duration saveInterval;
    private StateSaver saver;

    private AnnexCloudMockServer(Builder builder) {
        this.credentials = builder.credentials;
        this.seed = builder.seed;
        this.clock = new MockClock(builder.clock);
        this.idSeed = builder.idSeed;
        this.settings = builder.settings;
        this.host = isWildcard(builder.bindAddress) ? "localhost" : urlHost(builder.bindAddress);
        this.stateFile = builder.stateFile == null ? null : new StateFile(builder.stateFile);
        this.saveInterval = builder.saveInterval;
        this.program.set(stateFile == null ? newProgram() : stateFile.load()
                .map(saved -> StateFiles.restore(clock, Ids.seeded(idSeed), saved)).orElseGet(this::newProgram));
        this.faults = new Faults(new Random(builder.faultSeed));
        // tokens are judged on the time clients sign with, never on the mock clock tests move forward
        Clock signing = builder.signingClock != null ? builder.signingClock : builder.clock;
        MockRuntime runtime = new MockRuntime(BASE_PATH, routes, Handlers.all(), credentials,
                new AnnexRequestAuthenticator(credentials, signing), program::get,
                builder.validation, builder.validation == ValidationMode.OFF ? null : ContractValidator.packaged(),
                violations, ToleranceStage.packaged(), tolerations, faults);
        AdminAccess admin = AdminAccess.of(builder.adminEnabled, builder.bindAddress, builder.adminHosts,
                builder.adminToken);
        this.fileRoot = FileRoot.of(builder.rootDirectory);
        Runnable onShutdown = builder.onAdminShutdown;
        this.server = new WireMockServer(options()
                .bindAddress(builder.bindAddress)
                .port(builder.port)
                .maxRequestJournalEntries(builder.journalLimit)
                // WireMock would otherwise format every request and answer as text for a log line it then drops
                .stubRequestLoggingDisabled(true)
                .withRootDirectory(fileRoot.path().toString())
                .withStores(new AnnexStores(new SingleRootFileSource(fileRoot.path().toFile()), routes, BASE_PATH))
                .limitProxyTargets(ProxyTargets.allowing(builder.proxyTargets))
                .httpClientFactory(new ProxyClientOnDemand())
                .adminAuthenticator(admin.token())
                .httpServerFactory(new AnnexHttpServerFactory(BASE_PATH, builder.limits, admin))
                .extensions(new AnnexKitExtensions(runtime, admin.enabled() ? new Control() : null, requestLog))) {
            /** What {@code POST /__admin/shutdown} ends in (via WireMock's {@code Container}). */
            @Override
            public void shutdown() {
                super.shutdown(); // stops on a thread of its own, after this answer has gone out
                Thread after = new Thread(() -> {
                    awaitStopped(this);
                    closeSaver();
                    fileRoot.release();
                    onShutdown.run();
                }, "annexkit-admin-shutdown");
                after.setDaemon(true);
                after.start();
            }
        };
        this.ownStubs = new OwnStubs(server, BASE_PATH, routes);
    }

    /** A builder with the defaults: port 0 (any free port), default credentials, no seed, system clock. */
    public static Builder builder() {
        return new Builder();
    }

    /** Starts the server; returns this for chaining. */
    public AnnexCloudMockServer start() {
        server.start();
        ownStubs.register();
        if (stateFile != null) {
            saver = new StateSaver(stateFile, program::get, saveInterval);
        }
        return this;
    }

    /** Stops the server (and removes the temporary file root, if it made one). */
    public void stop() {
        closeSaver();
        server.stop();
        fileRoot.release();
    }

    @Override
    public void close() {
        stop();
    }

    /** Saves the last change to the state file, if there is one, and stops saving. */
    private synchronized void closeSaver() {
        if (saver != null) {
            saver.close(); // the last change reaches the file before the port closes
            saver = null;
        }
    }

    /** The port the server listens on. */
    public int port() {
        return server.port();
    }

    /** The API's base URL, e.g. {@code http://127.0.0.1:8080/api/3.0}. */
    public String baseUrl() {
        return "http://" + host + ":" + port() + BASE_PATH;
    }

    /** An address as the host part of a URL: IPv6 literals in brackets ({@code ::1} gives {@code [::1]}). */
    static String urlHost(String address) {
        return address.indexOf(':') >= 0 && !address.startsWith("[") ? "[" + address + "]" : address;
    }

    /** The credentials requests must be signed with. */
    public MockCredentials credentials() {
        return credentials;
    }

    /**
     * Forgets everything: a fresh loyalty program (with the seed loaded again), the clock back at its start,
     * an empty request journal, and only the mock's own stubs.
     */
    public void reset() {
        clock.reset();
        violations.clear();
        tolerations.clear();
        requestLog.clear();
        faults.clear();
        program.set(newProgram());
        server.resetRequests();
        server.resetScenarios();
        ownStubs.dropUserStubs(); // the mock's own stay registered throughout: no moment without them
    }

    /**
     * The answers the mock refused to send because they broke the contract ({@link ValidationMode#FULL} only);
     * empty in a healthy mock. Cleared by {@link #reset()}.
     */
    public List<ContractViolations.Violation> contractViolations() {
        return violations.all();
    }

    /**
     * The latest requests (up to {@value TolerationLog#MAX_REQUESTS}, oldest first) in which the mock tolerated
     * something off the canonical shape — a null member, an unknown field, a number written as a string, … —
     * each naming the rules and fields; requests sent canonically leave no entry, so a test can assert its
     * client is clean with {@code assertThat(mock.tolerations()).isEmpty()}. Immutable; cleared by
     * {@link #reset()}. Also served at {@code GET /__admin/annexkit/tolerations}. Always empty in
     * {@link ValidationMode#STRICT}, which refuses such requests instead.
     */
    public List<TolerationReport> tolerations() {
        return tolerations.all();
    }

    /**
     * Faults that keep state: per operation, for the next requests or with a seeded probability, fail without
     * applying, delay, or apply and then drop the connection or answer 503. For example
     * {@code mock.faults().on("postPoints").times(1).applyThenDrop()}. Also served at
     * {@code /__admin/annexkit/faults}; cleared by {@link #reset()}.
     */
    public Faults faults() {
        return faults;
    }

    /** The underlying WireMock server, for stubs and verification. */
    public WireMockServer wireMock() {
        return server;
    }

    /** The loyalty program behind the API, for arranging state in tests. */
    public LoyaltyProgram program() {
        return program.get();
    }

    /**
     * The whole loyalty program as JSON text: configuration (settings, actions, tiers), members (with queued
     * deletions and merges), the points ledger per member and purchase spend, rewards with their coupon pools
     * and assignments. Deterministic: the same state gives the same text (keys and sets sorted, no time of the
     * export itself), so two exports can be compared to prove a request changed nothing. Also served at
     * {@code GET /__admin/annexkit/state}.
     */
    public String exportState() {
        return StateJson.export(program.get().snapshot());
    }

    /**
     * Replaces the loyalty program with a fresh one holding the JSON seed (format in the module README): on
     * top of nothing, or of the demo program with {@code "base":"demo"}. A state export ({@link #exportState()})
     * is a seed too: it restores that exact state, id counters included, so export, reset, seed, export gives
     * the same text. A key the format does not know is refused (an {@code InvalidField} naming it). All or nothing: a seed that breaks a
     * rule throws {@link dev.annexkit.mock.domain.error.DomainException} and the current program stays. The
     * clock, the journal and stubs are untouched; {@link #reset()} returns to the builder's seed. Also served
     * at {@code POST /__admin/annexkit/seed}.
     */
    public void loadSeed(String json) {
        SeedJson.Document document = SeedJson.parse(json);
        if (document.isState()) {
            program.set(StateFiles.restore(clock, Ids.seeded(idSeed), document.state()));
            return;
        }
        Seed base;
        try {
            base = Seed.parse(document.base());
        } catch (IllegalArgumentException e) {
            throw new InvalidField("base", "must be none or demo, got \"" + document.base() + "\"");
        }
        LoyaltyProgram fresh = new LoyaltyProgram(clock, Ids.seeded(idSeed), settings);
        base.loadInto(fresh);
        document.seed().applyTo(fresh);
        program.set(fresh);
    }

    /** The mock's clock; advance it to make points expire or holds release. */
    public MockClock clock() {
        return clock;
    }

    private static void awaitStopped(WireMockServer server) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (server.isRunning() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static boolean isWildcard(String address) {
        return address.equals("0.0.0.0") || address.equals("::") || address.equals("[::]");
    }

    private LoyaltyProgram newProgram() {
        LoyaltyProgram fresh = new LoyaltyProgram(clock, Ids.seeded(idSeed), settings);
        seed.loadInto(fresh);
        return fresh;
    }

    /** What the admin API may do to this server. */
    private final class Control implements MockControl {
        @Override
        public void reset() {
            AnnexCloudMockServer.this.reset();
        }

        @Override
        public void advanceClock(Duration by) {
            clock.advance(by);
        }

        @Override
        public Instant now() {
            return clock.instant();
        }

        @Override
        public String exportState() {
            return AnnexCloudMockServer.this.exportState();
        }

        @Override
        public void loadSeed(String json) {
            AnnexCloudMockServer.this.loadSeed(json);
        }
    }

    /** Configures a mock server. */
    public static final class Builder {
        private int port = 0;
        private String bindAddress = "127.0.0.1";
        private MockCredentials credentials = MockCredentials.defaults();
        private Seed seed = Seed.NONE;
        private Clock clock = Clock.systemUTC();
        private long idSeed = 42L;
        private int journalLimit = 1_000;
        private ProgramSettings settings = ProgramSettings.noExpiry();
        private ValidationMode validation = ValidationMode.fromSystemProperty();
        private Clock signingClock;
        private Path rootDirectory;
        private final List<String> proxyTargets = new ArrayList<>();
        private boolean adminEnabled = true;
        private String adminToken;
        private final Set<String> adminHosts = new LinkedHashSet<>();
        private ServerLimits limits = ServerLimits.DEFAULTS;
        private Runnable onAdminShutdown = () -> { };
        private Path stateFile;
        private long faultSeed = 42L;
        private Duration saveInterval = Duration.ofSeconds(2);

        private Builder() {
        }

        /** The port to bind; 0 (the default) picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The address to bind; loopback by default. */
        public Builder bindAddress(String bindAddress) {
            this.bindAddress = Objects.requireNonNull(bindAddress, "bindAddress");
            return this;
        }

        /** The site's id, name and shared secret. */
        public Builder credentials(MockCredentials credentials) {
            this.credentials = Objects.requireNonNull(credentials, "credentials");
            return this;
        }

        /** The program data loaded at start and after every reset. */
        public Builder seed(Seed seed) {
            this.seed = Objects.requireNonNull(seed, "seed");
            return this;
        }

        /** The clock the program starts from; the mock's own clock can then be advanced from it. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Seed of the id generator, so generated ids repeat from run to run. */
        public Builder idSeed(long idSeed) {
            this.idSeed = idSeed;
            return this;
        }

        /** Program-wide rules such as the points expiry period; no expiry by default. */
        public Builder settings(ProgramSettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /**
         * How strictly traffic is held to the spec; {@link ValidationMode#REQUESTS} (with real clients'
         * deviations tolerated) unless the system property {@value ValidationMode#PROPERTY} says otherwise.
         */
        public Builder validation(ValidationMode validation) {
            this.validation = Objects.requireNonNull(validation, "validation");
            return this;
        }

        /** How many requests WireMock's journal keeps (oldest dropped first). */
        public Builder journalLimit(int journalLimit) {
            this.journalLimit = journalLimit;
            return this;
        }

        /**
         * The clock {@code exp} of request tokens is compared with: the time clients sign with. By default the
         * builder's {@link #clock(Clock)} as it was given, never moved by {@link MockClock#advance}, so moving
         * the mock's clock forward does not make every fresh token of a real-time client look expired.
         */
        public Builder signingClock(Clock signingClock) {
            this.signingClock = Objects.requireNonNull(signingClock, "signingClock");
            return this;
        }

        /**
         * The directory WireMock may read stub files from and write to ({@code mappings/}, {@code __files/}).
         * By default none of the user's: a temporary directory, removed when the server stops.
         */
        public Builder rootDirectory(Path rootDirectory) {
            this.rootDirectory = Objects.requireNonNull(rootDirectory, "rootDirectory");
            return this;
        }

        /**
         * Allows WireMock proxy stubs to forward to these targets (a host, {@code *.domain}, an IP or an IP range
         * {@code a.b.c.d-e.f.g.h}); by default proxy stubs may forward nowhere.
         */
        public Builder allowProxyTo(String... targets) {
            for (String target : targets) {
                proxyTargets.add(Objects.requireNonNull(target, "target"));
            }
            return this;
        }

        /** Requires {@code Authorization: Bearer <token>} on every admin request (see the module README). */
        public Builder adminToken(String adminToken) {
            this.adminToken = Objects.requireNonNull(adminToken, "adminToken");
            return this;
        }

        /** Switches the HTTP admin API off ({@code /__admin/**} answers 404); the Java API stays. */
        public Builder noAdmin() {
            this.adminEnabled = false;
            return this;
        }

        /** Further host names admin requests may address the server by (e.g. a container's name). */
        public Builder adminHosts(String... hosts) {
            for (String host : hosts) {
                adminHosts.add(Objects.requireNonNull(host, "host"));
            }
            return this;
        }

        /** Body size and slow-client limits; {@link ServerLimits#DEFAULTS} unless changed. */
        public Builder limits(ServerLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /** Runs after {@code POST /__admin/shutdown} stopped the server (the standalone process exits then). */
        public Builder onAdminShutdown(Runnable onAdminShutdown) {
            this.onAdminShutdown = Objects.requireNonNull(onAdminShutdown, "onAdminShutdown");
            return this;
        }

        /**
         * Keeps the state in this file across runs: loaded at start when it exists (instead of the seed; the
         * seed still applies after a reset), saved atomically at most every {@link #saveInterval} after a change
         * and when the server stops. The file is a state export, so it is also a valid JSON seed. A file that is
         * not a state export makes {@link #build()} throw {@link dev.annexkit.mock.wiremock.state.StateFileRefused}
         * and is left untouched.
         */
        public Builder stateFile(Path stateFile) {
            this.stateFile = Objects.requireNonNull(stateFile, "stateFile");
            return this;
        }

        /** How long a change may wait before it is saved to the state file; 2 seconds by default. */
        public Builder saveInterval(Duration saveInterval) {
            if (saveInterval.isNegative() || saveInterval.isZero()) {
                throw new IllegalArgumentException("saveInterval must be positive, was " + saveInterval);
            }
            this.saveInterval = saveInterval;
            return this;
        }

        /** Seed of the random source behind probabilistic faults, so the same requests fail from run to run. */
        public Builder faultSeed(long faultSeed) {
            this.faultSeed = faultSeed;
            return this;
        }

        /** Builds the server without starting it. */
        public AnnexCloudMockServer build() {
            return new AnnexCloudMockServer(this);
        }

        /** Builds and starts the server. */
        public AnnexCloudMockServer start() {
            return build().start();
        }
    }
}
