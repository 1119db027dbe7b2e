package dev.annexkit.mock.wiremock;

import java.time.Duration;
import java.time.Instant;

/** What the admin API may do to the server as a whole; {@link dev.annexkit.mock.AnnexCloudMockServer} does it. */
public interface MockControl {

    /** Forgets all state: a fresh program with the seed loaded again, the clock back, journal and user stubs gone. */
    void reset();

    /** Moves the mock's clock forward. */
    void advanceClock(Duration by);

    /** The mock's current time. */
    Instant now();

    /** The whole program as deterministic JSON text (see {@code AnnexCloudMockServer#exportState()}). */
    String exportState();

    /** Replaces the program with one loaded from a JSON seed (see {@code AnnexCloudMockServer#loadSeed}). */
    void loadSeed(String json);
}
