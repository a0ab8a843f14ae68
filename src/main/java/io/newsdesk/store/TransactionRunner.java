package io.newsdesk.store;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Runs JDBC work on a pooled connection, alone or in a transaction. A failure that means the
 * database is unavailable becomes {@link StoreUnavailableException} (503); any other SQL failure
 * becomes {@link StoreFailureException} (a bug or refused data, never "try again later").
 */
@ApplicationScoped
class TransactionRunner {

    /**
     * SQLSTATE classes and codes meaning "no usable database session right now": connection
     * exceptions (08), authorisation (28), missing database (3D000), insufficient resources (53),
     * shutdown or start-up (57P01..57P04), and transient conflicts worth retrying (40001, 40P01).
     */
    private static final Set<String> UNAVAILABLE_CLASSES = Set.of("08", "28", "53");

    private static final Set<String> UNAVAILABLE_CODES =
            Set.of("3D000", "57P01", "57P02", "57P03", "57P04", "40001", "40P01");

    private final DataSource dataSource;
    private final WrittenPosition written;

    TransactionRunner(DataSource dataSource, WrittenPosition written) {
        this.dataSource = dataSource;
        this.written = written;
    }

    <T> T withConnection(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.apply(connection);
        } catch (SQLException e) {
            throw translated(e);
        }
    }

    /**
     * The exception callers see. Agroal's own failures (acquisition timeout, a connection that
     * could not be created) carry no SQLSTATE: they always mean the pool cannot reach the database.
     */
    static RuntimeException translated(SQLException e) {
        String state = e.getSQLState();
        if (state == null
                || UNAVAILABLE_CODES.contains(state)
                || state.length() >= 2 && UNAVAILABLE_CLASSES.contains(state.substring(0, 2))) {
            return new StoreUnavailableException("database unavailable (SQLSTATE " + state + "): " + reason(e), e);
        }
        return new StoreFailureException("database error (SQLSTATE " + state + "): " + reason(e), e);
    }

    /**
     * What went wrong, in a line fit for the log. A failed batch insert says it in its next
     * exception: its own message spells out the whole statement with every parameter (an article's
     * sentences and their vectors, tens of kilobytes).
     */
    private static String reason(SQLException e) {
        if (e instanceof BatchUpdateException && e.getNextException() != null) {
            return e.getNextException().getMessage();
        }
        return e.getMessage();
    }

    <T> T inTransaction(SqlWork<T> work) {
        return withConnection(transactional(work));
    }

    /**
     * A change to the archive in a transaction; after its commit, the primary's WAL position is kept
     * ({@link WrittenPosition}) so that questions here read no standby that has not replayed it.
     */
    <T> T writing(SqlWork<T> work) {
        return withConnection(connection -> {
            T result = transactional(work).apply(connection);
            written.after(connection);
            return result;
        });
    }

    /** The work in one transaction on whichever connection it is given (the primary's or a standby's). */
    static <T> SqlWork<T> transactional(SqlWork<T> work) {
        return connection -> {
            connection.setAutoCommit(false);
            T result;
            try {
                result = work.apply(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                undo(connection, e);
                throw e;
            }
            connection.setAutoCommit(true);
            return result;
        };
    }

    /**
     * Rolls back after a failure and restores auto-commit. When the failure broke the connection
     * (the server crashed or ended the session), both of these fail too, with "This connection has
     * been closed": they are kept as suppressed, so the failure reported, and classified as an
     * outage or not, is the one that happened.
     */
    private static void undo(Connection connection, Exception failure) {
        try {
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** A unit of JDBC work. */
    @FunctionalInterface
    interface SqlWork<T> {
        T apply(Connection connection) throws SQLException;
    }
}
