package org.lumbarguide.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lumbarguide.search.SearchFixtures.page;
import static org.lumbarguide.search.SearchFixtures.section;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.lumbarguide.LogCapture;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.catalog.TopicViews.Catalog;
import org.lumbarguide.content.catalog.TopicViews.ReviewStatus;
import org.lumbarguide.content.catalog.TopicViews.TopicPage;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Each language's index follows the published catalog as the cached pages do: rebuilt when what the catalog shows
 * changes, not when it is merely rebuilt; swapped in one step while searches go on; the last good index kept when
 * a rebuild fails or the database is away.
 */
class SearchIndexesTests {

    final TopicCatalog catalog = mock(TopicCatalog.class);
    final SearchIndexes indexes = new SearchIndexes(catalog, SearchFixtures::analysis);

    static Catalog saying(String text) {
        return SearchFixtures.catalog("en", List.of(page("en", "symptoms", "Symptoms",
                section("common", "Common symptoms", "<p>" + text + "</p>"))), List.of());
    }

    /** The same content as {@link #saying}, as a new object: what the catalog's periodic refresh returns. */
    static Catalog sameAgain(String text) {
        return saying(text);
    }

    @Test
    void theIndexIsBuiltOnceAndKeptWhileTheCatalogShowsTheSame() {
        when(catalog.catalog("en")).thenReturn(saying("Back pain is common."));
        LanguageIndex first = hold("en");
        when(catalog.catalog("en")).thenReturn(sameAgain("Back pain is common."));
        LanguageIndex again = hold("en");

        assertThat(again).isSameAs(first);
    }

    @Test
    void aPublishedChangeIsSearchableAtTheNextSearchAndTheOldIndexClosesAfterItsLastSearch() {
        when(catalog.catalog("en")).thenReturn(saying("Back pain is common."));
        LanguageIndex old = indexes.acquire("en");   // a search still running on the old index
        when(catalog.catalog("en")).thenReturn(saying("Myeloma is a blood cancer."));

        LanguageIndex current = hold("en");

        assertThat(current).isNotSameAs(old);
        assertThat(IndexQuery.run(current, indexes.analysis("en"), "myeloma").pages()).hasSize(1);
        assertThat(IndexQuery.run(old, indexes.analysis("en"), "back pain").pages()).as("still open").hasSize(1);
        old.release();
        assertThat(old.tryAcquire()).as("closed after its last search").isFalse();
    }

    @Test
    void aRebuildThatFailsKeepsTheLastGoodIndexAndIsNotRetriedForTheSameCatalog() {
        when(catalog.catalog("en")).thenReturn(saying("Back pain is common."));
        LanguageIndex good = hold("en");
        Catalog broken = SearchFixtures.catalog("en", List.of(new TopicPage("x", "en", "x", "X", "X.",
                new ReviewStatus(null, null, null, null), null, List.of(), null, null, 5, "broken")), List.of());
        when(catalog.catalog("en")).thenReturn(broken);

        try (LogCapture log = LogCapture.root()) {
            assertThat(hold("en")).isSameAs(good);
            assertThat(hold("en")).isSameAs(good);
            assertThat(log.text()).containsOnlyOnce("Search index 'en' not rebuilt, searches keep the last good one");
        }
        when(catalog.catalog("en")).thenReturn(saying("Myeloma is a blood cancer."));
        assertThat(hold("en")).isNotSameAs(good);
    }

    @Test
    void whileTheDatabaseIsAwaySearchesKeepTheIndexTheyHave() {
        when(catalog.catalog("en")).thenReturn(saying("Back pain is common."));
        LanguageIndex good = hold("en");
        when(catalog.catalog("en")).thenThrow(new DataAccessResourceFailureException("away"));
        when(catalog.catalog("es")).thenThrow(new DataAccessResourceFailureException("away"));

        assertThat(hold("en")).isSameAs(good);
        assertThatThrownBy(() -> indexes.acquire("es")).as("no index was ever built")
                .isInstanceOf(DataAccessResourceFailureException.class);
    }

    @Test
    void eachBuildIsLoggedOnceWithItsSizeAndTimeAndNothingTyped() {
        when(catalog.catalog("en")).thenReturn(saying("Back pain is common."));
        GuideSearch search = new GuideSearch(indexes, new org.springframework.core.io.DefaultResourceLoader());
        try (LogCapture log = LogCapture.root()) {
            search.search("en", "secret words 42");
            search.search("en", "secret words 43");
            assertThat(log.text()).containsOnlyOnce("Search index 'en' built:").contains(" bytes, in ")
                    .doesNotContain("secret");
        }
    }

    @Test
    void searchesGoOnWithoutErrorWhileTheIndexIsReplaced() throws Exception {
        when(catalog.catalog("en")).thenReturn(saying("Back pain 0."));
        hold("en");
        ExecutorService pool = Executors.newFixedThreadPool(3);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger searches = new AtomicInteger();
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            running.add(pool.submit(() -> {
                while (!stop.get()) {
                    LanguageIndex index = indexes.acquire("en");
                    try {
                        assertThat(IndexQuery.run(index, indexes.analysis("en"), "back pain").pages()).hasSize(1);
                        searches.incrementAndGet();
                    } finally {
                        index.release();
                    }
                }
                return null;
            }));
        }
        for (int version = 1; version <= 20; version++) {
            when(catalog.catalog("en")).thenReturn(saying("Back pain " + version + "."));
            Thread.sleep(5);
        }
        stop.set(true);
        for (Future<?> each : running) {
            each.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(searches.get()).isPositive();
    }

    private LanguageIndex hold(String language) {
        LanguageIndex index = indexes.acquire(language);
        index.release();
        return index;
    }
}
