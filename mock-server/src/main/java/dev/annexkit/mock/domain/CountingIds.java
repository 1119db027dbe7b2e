package dev.annexkit.mock.domain;

import dev.annexkit.mock.domain.kernel.IdGenerator;
import java.util.Objects;

/**
 * The injected {@link IdGenerator} plus a count of the ids it gave, so the count can be saved and a restored
 * program can fast-forward a fresh generator past every id already used. Guarded by the program lock.
 */
final class CountingIds implements IdGenerator {

    private final IdGenerator source;
    private long drawn;

    CountingIds(IdGenerator source) {
        this.source = Objects.requireNonNull(source, "ids");
    }

    @Override
    public String nextId() {
        drawn++;
        return source.nextId();
    }

    long drawn() {
        return drawn;
    }

    /**
     * Draws and drops ids until {@code count} have been drawn in all. With the same deterministic generator the
     * next id is then the one the saved program would have given next.
     */
    void skipTo(long count) {
        while (drawn < count) {
            nextId();
        }
    }
}
