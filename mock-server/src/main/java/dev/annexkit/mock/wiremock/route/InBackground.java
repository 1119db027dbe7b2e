package dev.annexkit.mock.wiremock.route;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A value built once, on a daemon thread of its own, so that slow start-up work (compiling the spec for
 * validation and tolerance) runs while the HTTP server starts instead of before it. Whoever needs the value
 * first waits for it; a failed build fails every use with its original exception.
 *
 * @param <T> what is built
 */
public final class InBackground<T> {

    private final String name;
    private final Supplier<T> build;
    private CompletableFuture<T> future;

    /**
     * @param name names the building thread ({@code annexkit-<name>})
     * @param build what to build; called at most once
     */
    public InBackground(String name, Supplier<T> build) {
        this.name = name;
        this.build = build;
    }

    /** Starts building, unless it has started already; returns at once. */
    public synchronized CompletableFuture<T> start() {
        if (future == null) {
            CompletableFuture<T> building = new CompletableFuture<>();
            Thread thread = new Thread(() -> {
                try {
                    building.complete(build.get());
                } catch (Throwable e) {
                    building.completeExceptionally(e);
                }
            }, "annexkit-" + name);
            thread.setDaemon(true);
            thread.start();
            future = building;
        }
        return future;
    }

    /** The value, waiting for it to be built (and starting the build if nobody has). */
    public T get() {
        try {
            return start().join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("building " + name + " failed", cause);
        }
    }
}
