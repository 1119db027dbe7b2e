package dev.annexkit.mock.domain.kernel;

import java.util.List;

/**
 * One page of a list result plus the totals Annex Cloud list responses carry.
 *
 * @param items the items of this page (immutable, possibly empty when page is past the end)
 * @param page  the requested page, from 1
 * @param limit the requested page size
 * @param total number of items across all pages
 * @param pages number of pages ({@code 0} when there are no items)
 */
public record Page<T>(List<T> items, int page, int limit, long total, int pages) {

    public Page {
        items = List.copyOf(items);
    }

    /** Cuts the requested page out of the complete, already ordered list. */
    public static <T> Page<T> of(List<T> all, PageRequest request) {
        int from = (int) Math.min(all.size(), request.offset());
        int to = Math.min(all.size(), from + request.limit());
        int pages = (all.size() + request.limit() - 1) / request.limit();
        return new Page<>(all.subList(from, to), request.page(), request.limit(), all.size(), pages);
    }
}
