package org.lumbarguide.search;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import org.lumbarguide.config.GuideProperties;
import org.lumbarguide.config.Languages;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.catalog.TopicViews.Catalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Each language's search index, kept in step with the published catalog. The signal is the one the cached pages
 * follow (site/PageVersions): the catalog {@link TopicCatalog#catalog(String)} returns. When an editor publishes,
 * every instance's {@code ContentVersion} sees the new content version within a second and evicts the catalog;
 * the next search finds a new catalog, compares its {@link LanguageIndex#fingerprint(Catalog) fingerprint} with the
 * index's (a periodic refresh of unchanged rows builds a new catalog with the same fingerprint: no rebuild), and
 * rebuilds the index from it. So nothing in {@code content} knows about search, and an instance that serves no
 * search never builds one after start-up.
 *
 * <p>One search rebuilds at a time; the others meanwhile search the index they had, and the new one replaces it
 * in one step ({@link AtomicReference}). A rebuild that fails keeps the last good index, is logged once and is
 * not tried again until the catalog changes. Every supported language's index is built before the application
 * reports itself ready ({@link ApplicationRunner}), so the first visitor does not wait for one.
 */
@Component
class SearchIndexes implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexes.class);
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final TopicCatalog catalog;
    private final Function<String, LanguageAnalysis> analyses;
    private final Map<String, Slot> slots = new ConcurrentHashMap<>();
    private final Map<String, LanguageAnalysis> analysed = new ConcurrentHashMap<>();

    /** One language's index and what it knows about the catalog it came from. */
    private static final class Slot {
        final AtomicReference<LanguageIndex> current = new AtomicReference<>();
        final ReentrantLock rebuilding = new ReentrantLock();
        /** The catalog last compared with the index: the same object needs no second look. */
        volatile Catalog checked;
        /** The fingerprint a rebuild failed on: not tried again until the catalog changes. */
        volatile String failed;
    }

    @Autowired
    SearchIndexes(TopicCatalog catalog, ResourceLoader resources, GuideProperties settings) {
        this(catalog, language -> LanguageAnalysis.of(language, resources, settings.content().location()));
    }

    /** Indexes with the analyses a test gives (the files read once for all its tests). */
    SearchIndexes(TopicCatalog catalog, Function<String, LanguageAnalysis> analyses) {
        this.catalog = catalog;
        this.analyses = analyses;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (String language : Languages.codes()) {
            try {
                LanguageIndex index = acquire(language);
                index.release();
            } catch (RuntimeException e) {
                // The catalog cannot be built yet (the database is away): the first search tries again.
                log.warn("Search index '{}' not built at start-up: {}", language, e.getClass().getSimpleName());
            }
        }
    }

    /** The analysis of a language, made once. */
    LanguageAnalysis analysis(String language) {
        return analysed.computeIfAbsent(language, analyses);
    }

    /**
     * The current index of a language, held for one search: call {@link LanguageIndex#release()} when done. Built
     * or rebuilt first when the published catalog changed. Throws only when no index of the language can be had
     * at all (the catalog was never built and cannot be now).
     */
    LanguageIndex acquire(String language) {
        Slot slot = slots.computeIfAbsent(language, l -> new Slot());
        Catalog published;
        try {
            published = catalog.catalog(language);
        } catch (RuntimeException e) {
            published = null;
            if (slot.current.get() == null) {
                throw e;
            }
        }
        if (published != null && published != slot.checked) {
            refresh(language, slot, published);
        }
        while (true) {
            LanguageIndex index = slot.current.get();
            if (index == null) {
                throw new IllegalStateException("No search index for '" + language + "'");
            }
            if (index.tryAcquire()) {
                return index;
            }
            // Replaced and closed between the read and the hold: take the new one.
        }
    }

    private void refresh(String language, Slot slot, Catalog published) {
        String fingerprint = LanguageIndex.fingerprint(published);
        LanguageIndex current = slot.current.get();
        if (current != null && (fingerprint.equals(current.fingerprint) || fingerprint.equals(slot.failed))) {
            slot.checked = published;
            return;
        }
        if (current != null) {
            if (!slot.rebuilding.tryLock()) {
                return;     // another search is rebuilding it: use the index we have meanwhile
            }
        } else {
            slot.rebuilding.lock();
        }
        try {
            current = slot.current.get();
            if (current != null && fingerprint.equals(current.fingerprint)) {
                slot.checked = published;
                return;
            }
            LanguageIndex built;
            long start = 0;
            long cpuStart = 0;
            try {
                LanguageAnalysis analysis = analysis(language);     // read once, not part of a rebuild's time
                start = System.nanoTime();
                cpuStart = CPU.getCurrentThreadCpuTime();
                built = LanguageIndex.build(published, analysis);
            } catch (RuntimeException e) {
                slot.failed = fingerprint;
                slot.checked = published;
                log.warn("Search index '{}' not rebuilt, {}: {}", language,
                        current != null ? "searches keep the last good one" : "search is not available",
                        e.getClass().getSimpleName());
                if (current == null) {
                    throw e;
                }
                return;
            }
            LanguageIndex replaced = slot.current.getAndSet(built);
            slot.checked = published;
            slot.failed = null;
            if (replaced != null) {
                replaced.release();     // closes once the last search on it is done
            }
            // The CPU time too: on a busy machine the wall time measures the machine more than the build.
            log.info("Search index '{}' built: {} pages and sections, {} glossary words, {} bytes, in {} ms ({} ms of CPU)",
                    language, built.pages, built.terms, built.bytes,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start),
                    TimeUnit.NANOSECONDS.toMillis(CPU.getCurrentThreadCpuTime() - cpuStart));
        } finally {
            slot.rebuilding.unlock();
        }
    }
}
