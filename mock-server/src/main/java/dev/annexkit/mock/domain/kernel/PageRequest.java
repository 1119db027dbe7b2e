package dev.annexkit.mock.domain.kernel;

import dev.annexkit.mock.domain.error.InvalidField;

/**
 * Which slice of a list to return, as Annex Cloud list endpoints take it: {@code page} from 1 and
 * {@code limit} 1–100 (default 10).
 */
public record PageRequest(int page, int limit) {

    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 100;

    public PageRequest {
        if (page < 1) {
            throw new InvalidField("page", "must be at least 1, was " + page);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidField("limit", "must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
    }

    /** Page 1 with the default limit. */
    public static PageRequest first() {
        return new PageRequest(1, DEFAULT_LIMIT);
    }

    /** The given page with the given limit. */
    public static PageRequest of(int page, int limit) {
        return new PageRequest(page, limit);
    }

    /** Index of the first item of this page in the full list. */
    public long offset() {
        return (long) (page - 1) * limit;
    }
}
