package io.newsdesk.store;

import io.newsdesk.store.TransactionRunner.SqlWork;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The reads of one question (or one article read), all from one datasource: a standby chosen in turn,
 * or the primary. When the standby fails a read (it cannot be reached, times out, or refuses the
 * query), the primary answers that read and the rest of the session, and the client sees no error.
 * Closing it counts it under the datasource that served it ({@code newsdesk_reads_total}). Used by
 * one thread at a time.
 */
public final class ReadSession implements AutoCloseable {

    static final String PRIMARY = "primary";

    private final TransactionRunner primary;
    private final Standbys standbys;
    private final String kind;
    private Standby standby;
    private String served;

    ReadSession(TransactionRunner primary, Standbys standbys, String kind, Standby standby) {
        this.primary = primary;
        this.standbys = standbys;
        this.kind = kind;
        this.standby = standby;
    }

    /** Runs the work on the session's standby, or on the primary when there is none or it failed. */
    <T> T read(SqlWork<T> work) {
        if (standby != null) {
            try (Connection connection = standby.connection()) {
                T result = work.apply(connection);
                served = standby.name();
                return result;
            } catch (SQLException e) {
                standby.failed(TransactionRunner.translated(e));
                standby = null;
            }
        }
        T result = primary.withConnection(work);
        served = PRIMARY;
        return result;
    }

    @Override
    public void close() {
        if (served != null) {
            standbys.served(kind, served);
        }
    }
}
