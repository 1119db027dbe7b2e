package dev.annexkit.mock.domain.kernel;

import dev.annexkit.mock.domain.error.DomainException;

/** The outcome of one item of a bulk call: each item succeeds or fails on its own, in request order. */
public sealed interface BatchResult<T> {

    /** The id the item named. */
    String id();

    /** The item was applied. */
    record Succeeded<T>(String id, T value) implements BatchResult<T> {
    }

    /** The item broke a rule and changed nothing. */
    record Failed<T>(String id, DomainException error) implements BatchResult<T> {
    }
}
