package dev.annexkit.mock.domain;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The one lock of a {@link LoyaltyProgram}, shared by the façade and every sub-façade it hands out, so that
 * the whole program stays linearizable: each call runs entirely while holding it.
 */
final class ProgramLock {

    private final ReentrantLock lock = new ReentrantLock(true);

    /** Runs {@code call} while holding the lock and returns its result. */
    <T> T call(Supplier<T> call) {
        lock.lock();
        try {
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
