package dev.annexkit.mock.domain;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The one lock of a {@link LoyaltyProgram}, shared by the façade and every sub-façade it hands out, so that
 * the whole program stays linearizable: each call runs entirely while holding it.
 *
 * <p>Before the outermost call runs, the lock runs the program's housekeeping (time-driven events such as the
 * daily deletion batch), so every call of every area sees the state as of the clock's current instant.
 */
final class ProgramLock {

    private final ReentrantLock lock = new ReentrantLock(true);
    private volatile Runnable housekeeping = () -> { };

    /** What to run, under the lock, at the start of every outermost call; set once by the program. */
    void housekeeping(Runnable task) {
        this.housekeeping = task;
    }

    /** Runs {@code call} while holding the lock and returns its result. */
    <T> T call(Supplier<T> call) {
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

    /** Runs {@code action} while holding the lock. */
    void run(Runnable action) {
        call(() -> {
            action.run();
            return null;
        });
    }
}
