package dev.annexkit.mock.domain.kernel;

import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Deterministic {@link IdGenerator}s: the same seed gives the same ids in the same order. */
public final class Ids {

    private Ids() {
    }

    /** UUID-shaped ids (version 4 bits set) drawn from a {@link Random} with the given seed. */
    public static IdGenerator seeded(long seed) {
        Random random = new Random(seed);
        return () -> {
            synchronized (random) {
                long msb = (random.nextLong() & ~0xF000L) | 0x4000L;
                long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
                return new UUID(msb, lsb).toString();
            }
        };
    }

    /** UUID-shaped ids counting up from 1: {@code 00000000-0000-0000-0000-000000000001}, … Easy to read in tests. */
    public static IdGenerator sequential() {
        AtomicLong counter = new AtomicLong();
        return () -> new UUID(0L, counter.incrementAndGet()).toString();
    }
}
