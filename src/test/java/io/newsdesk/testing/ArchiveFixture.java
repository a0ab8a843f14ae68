package io.newsdesk.testing;

import io.newsdesk.store.ArchiveChanges;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Test access to the test database: empties the archive and counts rows. */
@ApplicationScoped
public class ArchiveFixture {

    private final DataSource dataSource;
    private final ArchiveChanges changes;

    ArchiveFixture(DataSource dataSource, ArchiveChanges changes) {
        this.dataSource = dataSource;
        this.changes = changes;
    }

    /** Removes every article and sentence from the test database (cached answers no longer hold). */
    public void empty() {
        execute("TRUNCATE articles CASCADE");
        changes.changed();
    }

    /** Number of rows in a table. */
    public long count(String table) {
        return queryLong("SELECT count(*) FROM " + table);
    }

    /** A single number from SQL. */
    public long queryLong(String sql) {
        return queryLong(dataSource, sql);
    }

    /** A single number from SQL, on a connection of its own from {@code dataSource}. */
    static long queryLong(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
