package dev.annexkit.sdk.pagination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AutoPagerTest {

    /** Serves "p1-a", "p1-b", "p2-a", … over {@code pages} pages of two and records what was fetched. */
    static final class Pages implements AutoPager.PageFetcher<String> {
        final List<Integer> fetched = new ArrayList<>();
        final int pages;

        Pages(int pages) {
            this.pages = pages;
        }

        @Override
        public Page<String> fetch(int page) {
            fetched.add(page);
            return Page.numbered(Arrays.asList("p" + page + "-a", "p" + page + "-b"), page, pages);
        }
    }

    @Nested
    class Laziness {

        @Test
        void nothingIsFetchedUntilTheFirstItemIsAskedFor() {
            Pages pages = new Pages(3);

            Iterator<String> items = AutoPager.of(pages).iterator();

            assertThat(pages.fetched).isEmpty();
            items.next();
            assertThat(pages.fetched).containsExactly(1);
        }

        @Test
        void iteratingEverythingStopsAtTheLastPage() {
            Pages pages = new Pages(3);

            List<String> all = new ArrayList<>();
            AutoPager.of(pages).forEach(all::add);

            assertThat(all).containsExactly("p1-a", "p1-b", "p2-a", "p2-b", "p3-a", "p3-b");
            assertThat(pages.fetched).containsExactly(1, 2, 3);
        }

        @Test
        void aShortCircuitingStreamFetchesOnlyThePagesItNeeds() {
            Pages pages = new Pages(10);

            List<String> first3 = AutoPager.of(pages).stream().limit(3).collect(Collectors.toList());

            assertThat(first3).containsExactly("p1-a", "p1-b", "p2-a");
            assertThat(pages.fetched).containsExactly(1, 2);
        }

        @Test
        void eachIterationStartsAgainFromPageOne() {
            Pages pages = new Pages(2);
            AutoPager<String> pager = AutoPager.of(pages);

            pager.stream().count();
            pager.stream().count();

            assertThat(pages.fetched).containsExactly(1, 2, 1, 2);
        }

        @Test
        void anEmptyPageEndsTheIterationEvenIfThePagingFieldsSayMore() {
            List<Integer> fetched = new ArrayList<>();
            AutoPager<String> pager = AutoPager.of(page -> {
                fetched.add(page);
                return Page.of(Collections.<String>emptyList(), true);
            });

            assertThat(pager.iterator().hasNext()).isFalse();
            assertThat(fetched).containsExactly(1);
        }

        @Test
        void nextPastTheEndThrows() {
            Iterator<String> items = AutoPager.of(new Pages(1)).iterator();
            items.next();
            items.next();

            assertThatThrownBy(items::next).isInstanceOf(NoSuchElementException.class);
        }
    }

    @Nested
    class PagingFields {

        @Test
        void numberedPagesFollowWhileTheCurrentIsBeforeTheLast() {
            assertThat(Page.numbered(Arrays.asList(1), 1, 2).hasNext()).isTrue();
            assertThat(Page.numbered(Arrays.asList(1), 2, 2).hasNext()).isFalse();
            assertThat(Page.numbered(Arrays.asList(1), null, 2).hasNext()).isFalse();
            assertThat(Page.numbered(Arrays.asList(1), 1, null).hasNext()).isFalse();
        }

        @Test
        void countedPagesFollowWhileFewerThanTotalItemsWereServed() {
            assertThat(Page.counted(Arrays.asList(1, 2), 5, 2, 2).hasNext()).isTrue();
            assertThat(Page.counted(Arrays.asList(5), 5, 3, 2).hasNext()).isFalse();
            assertThat(Page.counted(Arrays.asList(1, 2), 4, 2, 2).hasNext()).isFalse();
            assertThat(Page.counted(Arrays.asList(1, 2), 5, 1, null).hasNext()).isTrue();
            assertThat(Page.counted(Arrays.asList(1, 2), null, 1, 2).hasNext()).isFalse();
        }

        @Test
        void nullItemsAreAnEmptyPage() {
            assertThat(Page.<String>numbered(null, 1, 2).items()).isEmpty();
        }
    }
}
