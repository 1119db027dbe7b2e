package dev.annexkit.mock.domain;

import dev.annexkit.mock.domain.kernel.CallGuard;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The one lock of a {@link LoyaltyProgram}, shared by the façade and every sub-façade it hands out, so that
 * the whole program stays linearizable: each call runs entirely while holding it.
 *
 * <p>Before the outermost call runs, the lock runs the program's housekeeping (time-driven events such as the
 * daily deletion batch), so every call of every area sees the state as of the clock's current instant.
 */
final class ProgramLock implements CallGuard {

    private final ReentrantLock lock = new ReentrantLock(true);
    private volatile Runnable housekeeping = () -> { };
    private volatile long version;

    /** What to run, under the lock, at the start of every outermost call; set once by the program. */
    void housekeeping(Runnable task) {
        this.housekeeping = task;
    }

    /** Runs {@code call} while holding the lock and returns its result; counts as a possible change. */
    @Override
    public <T> T call(Supplier<T> call) {
        lock.lock();
        try {
            if (lock.getHoldCount() == 1) {
                version++; // under the lock: one writer at a time; volatile so pollers see it without the lock
                housekeeping.run();
            }
            return call.get();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs a call that only reads, without counting it as a change. Housekeeping still runs first; should it
     * change something (a deletion falls due), the next counted call moves the version anyway.
     */
    <T> T read(Supplier<T> call) {
        lock.lock();
        try {
            if (lock.getHoldCount() == 1) {
                housekeeping.run();
            }
            return call.get();
        } finally {
            lock.unlock();
        }
    }

    /** How many counted calls ran so far. */
    long version() {
        return version;
    }

    /** Runs {@code action} while holding the lock. */
    @Override
    public void run(Runnable action) {
        call(() -> {
            action.run();
            return null;
        });
    }
}
