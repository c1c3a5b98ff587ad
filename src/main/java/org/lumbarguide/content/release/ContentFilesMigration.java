package org.lumbarguide.content.release;

import java.time.Clock;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.lumbarguide.content.format.ContentFiles;
import org.lumbarguide.content.format.SeedContent.Release;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A repeatable Flyway migration that imports the content files. Its checksum is the checksum of
 * every content file, so Flyway runs it again exactly when a release ships changed files (and after
 * any new versioned migration, as Flyway always runs repeatable migrations last).
 */
public final class ContentFilesMigration implements JavaMigration {

    private static final Logger log = LoggerFactory.getLogger(ContentFilesMigration.class);

    private final String location;
    private final Clock clock;
    private Release release;
    private long readMillis;

    public ContentFilesMigration(String location, Clock clock) {
        this.location = location;
        this.clock = clock;
    }

    private synchronized Release release() {
        if (release == null) {
            long start = System.nanoTime();
            release = ContentFiles.load(location);
            readMillis = (System.nanoTime() - start) / 1_000_000;
        }
        return release;
    }

    @Override
    public MigrationVersion getVersion() {
        return null;
    }

    @Override
    public String getDescription() {
        return "content files";
    }

    @Override
    public Integer getChecksum() {
        return release().checksum();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) {
        long start = System.nanoTime();
        // Flyway's own connection, in Flyway's transaction; "suppress close" leaves it open for Flyway.
        JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(context.getConnection(), true));
        ContentImport.Report report = new ContentImport(jdbc, clock.instant()).apply(release());
        log.info("Content files imported from {} (read in {} ms, written in {} ms): {}", location, readMillis,
                (System.nanoTime() - start) / 1_000_000, report);
    }
}
