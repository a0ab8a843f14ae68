package io.newsdesk.store;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Runs JDBC work on a pooled connection, alone or in a transaction; SQL failures become StoreUnavailableException. */
@ApplicationScoped
class TransactionRunner {

    private final DataSource dataSource;

    TransactionRunner(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    <T> T withConnection(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.apply(connection);
        } catch (SQLException e) {
            throw new StoreUnavailableException("database error (SQLSTATE " + e.getSQLState() + ")", e);
        }
    }

    <T> T inTransaction(SqlWork<T> work) {
        return withConnection(connection -> {
            connection.setAutoCommit(false);
            try {
                T result = work.apply(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        });
    }

    /** A unit of JDBC work. */
    @FunctionalInterface
    interface SqlWork<T> {
        T apply(Connection connection) throws SQLException;
    }
}
