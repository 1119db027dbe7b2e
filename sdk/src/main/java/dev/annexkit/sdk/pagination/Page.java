package dev.annexkit.sdk.pagination;

import java.util.Collections;
import java.util.List;

/**
 * One fetched page as {@link AutoPager} sees it: its items, and whether another page follows. The factories derive
 * "another page follows" from the paging fields the API answers with.
 *
 * @param <T> the item type
 */
public final class Page<T> {

    private final List<T> items;
    private final boolean hasNext;

    private Page(List<T> items, boolean hasNext) {
        this.items = items == null ? Collections.<T>emptyList() : Collections.unmodifiableList(items);
        this.hasNext = hasNext;
    }

    /**
     * A page that says itself whether another follows.
     *
     * @param items   the items, null for none
     * @param hasNext whether another page follows
     * @param <T>     the item type
     * @return the page
     */
    public static <T> Page<T> of(List<T> items, boolean hasNext) {
        return new Page<>(items, hasNext);
    }

    /**
     * A page of the v3 style ({@code currentPage}/{@code pages}, also spelled {@code current_page}): another page
     * follows while the current page is before the last. Missing fields mean this is the last page.
     *
     * @param items       the items, null for none
     * @param currentPage the 1-based page number, or null
     * @param pages       the number of pages, or null
     * @param <T>         the item type
     * @return the page
     */
    public static <T> Page<T> numbered(List<T> items, Integer currentPage, Integer pages) {
        return new Page<>(items, currentPage != null && pages != null && currentPage < pages);
    }

    /**
     * A page of the Rewards V2 style ({@code total}/{@code page}/{@code limit}): another page follows while the
     * pages so far hold fewer than {@code total} items. Without {@code limit}, this page's size is used.
     *
     * @param items the items, null for none
     * @param total the number of items over all pages, or null
     * @param page  the 1-based page number, or null
     * @param limit the page size, or null
     * @param <T>   the item type
     * @return the page
     */
    public static <T> Page<T> counted(List<T> items, Integer total, Integer page, Integer limit) {
        int size = limit != null && limit > 0 ? limit : (items == null ? 0 : items.size());
        boolean hasNext = total != null && page != null && size > 0 && (long) page * size < total;
        return new Page<>(items, hasNext);
    }

    /**
     * Returns the page's items.
     *
     * @return an unmodifiable list, possibly empty
     */
    public List<T> items() {
        return items;
    }

    /**
     * Tells whether another page follows.
     *
     * @return true if the pager should fetch the next page
     */
    public boolean hasNext() {
        return hasNext;
    }
}
