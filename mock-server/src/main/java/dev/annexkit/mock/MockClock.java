package dev.annexkit.mock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The mock's clock: the base clock plus an offset that tests (or the admin API) move forward to make
 * points expire and holds release. Thread-safe.
 */
public final class MockClock extends Clock {

    private final Clock base;
    private volatile Duration offset = Duration.ZERO;

    MockClock(Clock base) {
        this.base = Objects.requireNonNull(base, "base");
    }

    /** Moves time forward; going back is refused because the ledger only moves forward. */
    public synchronized void advance(Duration by) {
        if (by.isNegative()) {
            throw new dev.annexkit.mock.domain.error.InvalidField("by", "the clock only moves forward, got " + by);
        }
        offset = offset.plus(by);
    }

    /** How far the clock has been advanced since start or the last reset. */
    public Duration offset() {
        return offset;
    }

    void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the mock clock has one zone: " + base.getZone());
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset);
    }
}
