package dev.annexkit.bench;

import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.Seed;
import dev.annexkit.mock.domain.DemoProgram;
import dev.annexkit.mock.domain.kernel.Ids;
import dev.annexkit.mock.domain.LoyaltyProgram;
import dev.annexkit.mock.domain.kernel.ManualClock;
import dev.annexkit.mock.domain.ProgramSettings;
import dev.annexkit.mock.wiremock.AnnexStubs;
import dev.annexkit.mock.wiremock.route.RouteTable;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scenario 3b: what {@code @AnnexCloudMock} costs before each test. The extension calls
 * {@link AnnexCloudMockServer#reset()} on a server built like the extension builds it (fixed clock, chosen seed).
 * {@code SingleShotTime} over many forks-free iterations would mostly measure a cold JIT; a test suite runs resets
 * back to back in one JVM, so steady-state average time is the honest number, with the first-call cost reported
 * by {@code resetCold}.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx1g"})
public class ResetBenchmark {

    @Param({"DEMO", "NONE"})
    public Seed seed;

    /** {@code AnnexCloudMockExtension.START} (not referenced: JUnit is optional in the mock's dependencies). */
    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

    private final RouteTable routes = RouteTable.fromSpec();
    private AnnexCloudMockServer mock;

    @Setup(Level.Trial)
    public void start() {
        mock = AnnexCloudMockServer.builder().seed(seed)
                .clock(Clock.fixed(START, ZoneOffset.UTC)).start();
    }

    @TearDown(Level.Trial)
    public void stop() {
        mock.stop();
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public AnnexCloudMockServer reset() {
        mock.reset();
        return mock;
    }

    /** Part of reset(): WireMock's own resetAll() (stubs, journal, scenarios). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public AnnexCloudMockServer partWireMockResetAll() {
        mock.wireMock().resetAll();
        return mock;
    }

    /** Part of reset(): resetAll() plus building and adding the 75 operation stubs again. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public AnnexCloudMockServer partResetAllAndRegisterStubs() {
        mock.wireMock().resetAll();
        AnnexStubs.register(mock.wireMock(), AnnexCloudMockServer.BASE_PATH, routes);
        return mock;
    }

    /** Part of reset(): a fresh program with the seed loaded. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public LoyaltyProgram partNewProgramWithSeed() {
        LoyaltyProgram program = new LoyaltyProgram(new ManualClock(START), Ids.seeded(42), ProgramSettings.noExpiry());
        if (seed == Seed.DEMO) {
            DemoProgram.load(program);
        }
        return program;
    }

    /** The first resets of a fresh JVM, as the first test classes of a suite see them. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 20)
    public AnnexCloudMockServer resetCold() {
        mock.reset();
        return mock;
    }
}
