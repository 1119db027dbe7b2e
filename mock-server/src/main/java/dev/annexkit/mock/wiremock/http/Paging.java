package dev.annexkit.mock.wiremock.http;

import dev.annexkit.mock.domain.kernel.Page;
import dev.annexkit.mock.domain.kernel.PageRequest;
import dev.annexkit.mock.domain.error.InvalidField;

/** The shared {@code page}/{@code limit} query parameters of list operations. */
public final class Paging {

    /** Page size when the caller sends none. */
    public static final int DEFAULT_LIMIT = 10;

    private Paging() {
    }

    /** Reads {@code page} (default 1) and {@code limit} (default 10) from the query. */
    public static PageRequest of(ApiRequest request) {
        return PageRequest.of(intParam(request, "page", 1), intParam(request, "limit", DEFAULT_LIMIT));
    }

    /** Adds the V2 paging fields ({@code total}, {@code page}, {@code limit}) of a page to an answer. */
    public static WireObject describe(WireObject answer, Page<?> page) {
        return answer.put("total", page.total()).put("page", page.page()).put("limit", page.limit());
    }

    private static int intParam(ApiRequest request, String name, int fallback) {
        String text = request.query(name).orElse(null);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidField(name, "must be a whole number, got \"" + text + "\"");
        }
    }
}
