package dev.annexkit.mock.wiremock.route;

import java.util.function.Supplier;

/**
 * A value built by whoever needs it first, once, and shared after that (thread-safe): for what most runs of
 * the mock never need (the validator library's own validators, WireMock's proxy client). {@link InBackground}
 * is its twin for what every run needs soon.
 *
 * @param <T> what is built
 */
public final class OnFirstUse<T> implements Supplier<T> {

    private final Supplier<T> build;
    private volatile T value;

    /** @param build what to build; called at most once (unless it throws) */
    public OnFirstUse(Supplier<T> build) {
        this.build = build;
    }

    @Override
    public T get() {
        T built = value;
        if (built == null) {
            synchronized (this) {
                built = value;
                if (built == null) {
                    built = build.get();
                    value = built;
                }
            }
        }
        return built;
    }
}
