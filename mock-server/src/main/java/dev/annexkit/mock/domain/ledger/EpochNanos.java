package dev.annexkit.mock.domain.ledger;

import java.time.Instant;

/**
 * An {@link Instant} as one long of nanoseconds since the epoch: 8 bytes in the entry instead of a reference to
 * a 24-byte object, and exact to the nanosecond. A long spans 1677-09-21 to 2262-04-11; an instant outside
 * (only a hand-edited state file could hold one) does not fit and the entry keeps the {@code Instant} itself.
 */
final class EpochNanos {

    /** No instant: null, or one that does not fit. Never the value of an instant that fits. */
    static final long NONE = Long.MIN_VALUE;

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    // whole seconds whose every nanosecond fits a long; the lowest gives -9223372036000000000 > NONE
    private static final long MIN_SECOND = Long.MIN_VALUE / NANOS_PER_SECOND;
    private static final long MAX_SECOND = Long.MAX_VALUE / NANOS_PER_SECOND - 1;

    private EpochNanos() {
    }

    /** True for null and for every instant {@link #of} keeps exactly. */
    static boolean fits(Instant instant) {
        return instant == null
                || instant.getEpochSecond() >= MIN_SECOND && instant.getEpochSecond() <= MAX_SECOND;
    }

    /** The instant's nanoseconds since the epoch; {@link #NONE} for null or an instant that does not fit. */
    static long of(Instant instant) {
        if (instant == null || !fits(instant)) {
            return NONE;
        }
        return instant.getEpochSecond() * NANOS_PER_SECOND + instant.getNano();
    }

    /** The instant back; null for {@link #NONE}. */
    static Instant instant(long nanos) {
        return nanos == NONE ? null : Instant.ofEpochSecond(0, nanos);
    }
}
