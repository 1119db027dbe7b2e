package dev.annexkit.mock.domain.kernel;

/**
 * Source of entry, activity and assignment ids.
 *
 * <p>Injected so tests and the mock's {@code --seed} option get reproducible ids; Annex Cloud's ids look like
 * UUIDs ({@code 550e8400-e29b-41d4-a716-446655440000}), so implementations should produce that shape.
 */
@FunctionalInterface
public interface IdGenerator {

    /** Returns a new id, never returned before by this generator. */
    String nextId();
}
