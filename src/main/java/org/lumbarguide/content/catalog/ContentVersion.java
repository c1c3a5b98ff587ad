package org.lumbarguide.content.catalog;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps every instance's cached pages in step with published content. A publish increases one number
 * in the database (in the publish's own transaction); each instance reads it every
 * {@value #CHECK_MILLIS} ms and rebuilds its catalog when it changed. So another instance shows a new
 * version within about one second plus one rebuild, on H2 and PostgreSQL alike.
 */
@Component
public class ContentVersion {

    static final long CHECK_MILLIS = 1000;
    private static final Logger log = LoggerFactory.getLogger(ContentVersion.class);

    private final JdbcClient jdbc;
    private final TopicCatalog catalog;
    private volatile Long seen;
    private volatile boolean unreachable;

    ContentVersion(JdbcClient jdbc, TopicCatalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    /**
     * Records a publish. Called inside the transaction that publishes, so the new number commits with the
     * new text; this instance rebuilds its catalog as soon as that transaction commits, the others within
     * a second of it.
     */
    public void published() {
        jdbc.sql("update content_version set version = version + 1 where id = 1").update();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                catalog.evictAll();
            }
        });
    }

    @Scheduled(fixedDelay = CHECK_MILLIS, initialDelay = CHECK_MILLIS)
    void check() {
        try {
            Long current = jdbc.sql("select version from content_version where id = 1").query(Long.class).single();
            if (unreachable) {
                log.info("The database answers again; content changes are picked up again.");
                unreachable = false;
            }
            if (seen != null && !seen.equals(current)) {
                catalog.evictAll();
            }
            seen = current;
        } catch (RuntimeException e) {
            if (!unreachable) {
                log.warn("Cannot check for published content changes: the database does not answer. The site keeps "
                        + "serving the pages it has.");
                unreachable = true;
            }
        }
    }
}
