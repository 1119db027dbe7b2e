package dev.annexkit.mock.wiremock.validation;

import java.util.function.Supplier;

/**
 * A value built by whoever needs it first, once, and shared after that (thread-safe). For the library's
 * validators, which most runs of the mock never need.
 *
 * @param <T> what is built
 */
final class OnFirstUse<T> implements Supplier<T> {

    private final Supplier<T> build;
    private volatile T value;

    OnFirstUse(Supplier<T> build) {
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
