package dev.annexkit.sdk.retry;

import java.time.Duration;

/**
 * Waits between retry attempts. The default, {@link #REAL}, blocks the calling thread; tests inject one that only
 * records the requested delays, so no test ever sleeps for real.
 */
@FunctionalInterface
public interface Sleeper {

    /** Sleeps with {@link Thread#sleep(long)}. */
    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    /**
     * Waits for {@code duration}.
     *
     * @param duration how long to wait; never negative
     * @throws InterruptedException when the thread is interrupted while waiting (the retry is then abandoned)
     */
    void sleep(Duration duration) throws InterruptedException;
}
