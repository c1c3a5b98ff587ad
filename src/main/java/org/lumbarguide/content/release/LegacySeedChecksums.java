package org.lumbarguide.content.release;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Release 0.1 seeded content in SQL migrations V2 and V4. The content files replaced them, and those
 * two migrations are now empty. A database made by release 0.1 still records the old checksums, so
 * before Flyway validates, this realigns exactly those two rows, and only when they still carry the
 * exact checksum release 0.1 shipped: any other difference is still reported by Flyway.
 * (Pre-release only; from the first tagged release on, migrations are append-only.)
 */
public final class LegacySeedChecksums implements Callback {

    /** version → {checksum applied by release 0.1, checksum of the emptied file}. */
    static final Map<String, int[]> REALIGN = Map.of(
            "2", new int[] {1866046180, 1421775345},
            "4", new int[] {1849064450, -1487975444});

    private static final String HISTORY = "flyway_schema_history";

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_VALIDATE || event == Event.BEFORE_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        Connection connection = context.getConnection();
        try {
            String schema = context.getConfiguration().getDefaultSchema();
            if (schema == null) {
                schema = connection.getSchema();
            }
            if (!historyExists(connection, schema)) {
                return;
            }
            String table = "\"" + schema + "\".\"" + HISTORY + "\"";
            try (PreparedStatement update = connection.prepareStatement("update " + table
                    + " set \"checksum\" = ? where \"version\" = ? and \"checksum\" = ?")) {
                for (Map.Entry<String, int[]> entry : REALIGN.entrySet()) {
                    update.setInt(1, entry.getValue()[1]);
                    update.setString(2, entry.getKey());
                    update.setInt(3, entry.getValue()[0]);
                    update.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not realign the checksums of the release 0.1 seed migrations", e);
        }
    }

    private static boolean historyExists(Connection connection, String schema) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, schema, HISTORY, null)) {
            return tables.next();
        }
    }

    @Override
    public String getCallbackName() {
        return "realign release 0.1 seed checksums";
    }
}
