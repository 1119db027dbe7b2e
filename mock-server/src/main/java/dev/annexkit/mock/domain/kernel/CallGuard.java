package dev.annexkit.mock.domain.kernel;

import java.util.function.Supplier;

/**
 * The program's one lock as the concept façades see it: each façade call runs entirely inside {@link #call},
 * so calls of every area are linearizable. Only the program creates the lock behind it.
 */
public interface CallGuard {

    /** Runs {@code call} while holding the lock and returns its result. */
    <T> T call(Supplier<T> call);

    /** Runs {@code action} while holding the lock. */
    void run(Runnable action);
}
