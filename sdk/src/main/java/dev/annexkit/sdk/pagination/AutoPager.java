package dev.annexkit.sdk.pagination;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The items of a paged operation, fetched page by page as they are consumed. Nothing is fetched until the first
 * item is asked for; the next page is fetched only when the current one is used up and said another follows; an
 * empty page ends the iteration too. Each {@link #iterator()} (and each {@link #stream()}) starts again from the
 * first page. Failures surface as the SDK's {@link dev.annexkit.sdk.errors.AnnexCloudException}s from
 * {@code hasNext()}.
 *
 * <pre>{@code
 * for (ActivityEntry entry : client.activity().getMemberActivityAutoPaging("ada@example.com")) { ... }
 * List<Store> firstTen = client.stores().listStoresAutoPaging(ListStoresParams.builder().limit(50).build())
 *     .stream().limit(10).collect(toList());
 * }</pre>
 *
 * @param <T> the item type
 */
public final class AutoPager<T> implements Iterable<T> {

    /**
     * Fetches one page.
     *
     * @param <T> the item type
     */
    @FunctionalInterface
    public interface PageFetcher<T> {
        /**
         * Fetches a page.
         *
         * @param page the 1-based page number
         * @return the page's view
         */
        Page<T> fetch(int page);
    }

    private final PageFetcher<T> fetcher;

    private AutoPager(PageFetcher<T> fetcher) {
        this.fetcher = fetcher;
    }

    /**
     * Pages through {@code fetcher}, starting at page 1.
     *
     * @param fetcher fetches one page; not null
     * @param <T>     the item type
     * @return the pager
     */
    public static <T> AutoPager<T> of(PageFetcher<T> fetcher) {
        return new AutoPager<>(Objects.requireNonNull(fetcher, "fetcher"));
    }

    /**
     * Iterates all items, fetching pages lazily.
     *
     * @return a new iterator starting at page 1
     */
    @Override
    public Iterator<T> iterator() {
        return new PagingIterator();
    }

    /**
     * Streams all items, fetching pages lazily; a short-circuiting operation ({@code limit}, {@code findFirst})
     * fetches no more pages than it needs.
     *
     * @return a sequential stream
     */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
    }

    private final class PagingIterator implements Iterator<T> {
        private int nextPage = 1;
        private boolean morePages = true;
        private Iterator<T> current = java.util.Collections.<T>emptyIterator();

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && morePages) {
                Page<T> page = fetcher.fetch(nextPage++);
                current = page.items().iterator();
                morePages = page.hasNext() && !page.items().isEmpty();
            }
            return current.hasNext();
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }
    }
}
