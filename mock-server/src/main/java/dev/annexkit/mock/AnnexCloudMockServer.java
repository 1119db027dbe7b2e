package dev.annexkit.mock;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.annexkit.mock.domain.Ids;
import dev.annexkit.mock.domain.LoyaltyProgram;
import dev.annexkit.mock.domain.ProgramSettings;
import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.wiremock.AnnexHttpServerFactory;
import dev.annexkit.mock.wiremock.AnnexKitExtensions;
import dev.annexkit.mock.wiremock.AnnexStubs;
import dev.annexkit.mock.wiremock.MockControl;
import dev.annexkit.mock.wiremock.MockRuntime;
import dev.annexkit.mock.wiremock.auth.AnnexRequestAuthenticator;
import dev.annexkit.mock.wiremock.handlers.Handlers;
import dev.annexkit.mock.wiremock.route.RouteTable;
import dev.annexkit.mock.wiremock.tolerance.ToleranceStage;
import dev.annexkit.mock.wiremock.tolerance.TolerationLog;
import dev.annexkit.mock.wiremock.tolerance.TolerationReport;
import dev.annexkit.mock.wiremock.validation.ContractValidator;
import dev.annexkit.mock.wiremock.validation.ContractViolations;
import dev.annexkit.mock.wiremock.state.SeedJson;
import dev.annexkit.mock.wiremock.state.StateJson;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
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
    private final WireMockServer server;
    private final String host;

    private AnnexCloudMockServer(Builder builder) {
        this.credentials = builder.credentials;
        this.seed = builder.seed;
        this.clock = new MockClock(builder.clock);
        this.idSeed = builder.idSeed;
        this.settings = builder.settings;
        this.host = isWildcard(builder.bindAddress) ? "localhost" : builder.bindAddress;
        this.program.set(newProgram());
        MockRuntime runtime = new MockRuntime(BASE_PATH, routes, Handlers.all(), credentials,
                new AnnexRequestAuthenticator(credentials, clock), program::get,
                builder.validation, builder.validation == ValidationMode.OFF ? null : ContractValidator.packaged(),
                violations, ToleranceStage.packaged(), tolerations);
        this.server = new WireMockServer(options()
                .bindAddress(builder.bindAddress)
                .port(builder.port)
                .maxRequestJournalEntries(builder.journalLimit)
                .httpServerFactory(new AnnexHttpServerFactory())
                .extensions(new AnnexKitExtensions(runtime, new Control())));
    }

    /** A builder with the defaults: port 0 (any free port), default credentials, no seed, system clock. */
    public static Builder builder() {
        return new Builder();
    }

    /** Starts the server; returns this for chaining. */
    public AnnexCloudMockServer start() {
        server.start();
        AnnexStubs.register(server, BASE_PATH, routes);
        return this;
    }

    /** Stops the server. */
    public void stop() {
        server.stop();
    }

    @Override
    public void close() {
        stop();
    }

    /** The port the server listens on. */
    public int port() {
        return server.port();
    }

    /** The API's base URL, e.g. {@code http://127.0.0.1:8080/api/3.0}. */
    public String baseUrl() {
        return "http://" + host + ":" + port() + BASE_PATH;
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
        program.set(newProgram());
        server.resetAll();
        AnnexStubs.register(server, BASE_PATH, routes);
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
     * top of nothing, or of the demo program with {@code "base":"demo"}. All or nothing: a seed that breaks a
     * rule throws {@link dev.annexkit.mock.domain.error.DomainException} and the current program stays. The
     * clock, the journal and stubs are untouched; {@link #reset()} returns to the builder's seed. Also served
     * at {@code POST /__admin/annexkit/seed}.
     */
    public void loadSeed(String json) {
        SeedJson.Document document = SeedJson.parse(json);
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
