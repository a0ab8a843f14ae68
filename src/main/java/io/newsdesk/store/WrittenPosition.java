package io.newsdesk.store;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The primary's WAL position after this instance's latest change to the archive (an article stored,
 * replaced or deleted), read on the writing connection right after its commit. Questions read only a
 * standby that has replayed it, so what was ingested here is answerable here as soon as the ingestion
 * returned. Read only while standbys are configured; without them a write costs no extra query.
 */
@ApplicationScoped
class WrittenPosition {

    private static final String INSERT_POSITION = "SELECT pg_wal_lsn_diff(pg_current_wal_insert_lsn(), '0/0')::bigint";

    private final Standbys standbys;
    private final long unknownForNanos;
    private final AtomicLong position = new AtomicLong();
    /** Until when ({@link System#nanoTime()}) the position is unknown, after a write whose position could not be read. */
    private volatile long unknownUntil = System.nanoTime();

    WrittenPosition(Standbys standbys, ReplicaConfig config) {
        this.standbys = standbys;
        this.unknownForNanos = config.maxLag().toNanos();
    }

    /** Reads the position after a commit on {@code connection}; never fails the write that was committed. */
    void after(Connection connection) {
        if (standbys.none()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(INSERT_POSITION);
                ResultSet row = statement.executeQuery()) {
            row.next();
            position.accumulateAndGet(row.getLong(1), Math::max);
        } catch (SQLException e) {
            // Every standby within the lag bound has a write older than the bound: until then, the primary.
            unknownUntil = System.nanoTime() + unknownForNanos;
            Log.debugf("WAL position after a write not read, questions read the primary for now: %s", e.getMessage());
        }
    }

    /** The position a standby must have replayed; {@link Long#MAX_VALUE} (none has) while it is unknown. */
    long position() {
        if (System.nanoTime() - unknownUntil < 0) {
            return Long.MAX_VALUE;
        }
        return position.get();
    }
}
