package io.newsdesk.store;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * One streaming standby of the primary: its connection pool, the highest WAL position it was seen to
 * have replayed, and what its last check found. Questions read it only while it is up and its lag (as
 * checked, plus the time since) is within the bound; a read that cannot reach it takes it out of turn
 * until its next good check.
 */
final class Standby implements AutoCloseable {

    /** What the check of a standby found. */
    enum Status {
        UNCHECKED,
        UP,
        DOWN,
        NOT_A_STANDBY
    }

    /** What a check found, when ({@link System#nanoTime()}), and the lag it measured (NaN unless up). */
    record State(Status status, double lagSeconds, long checkedAt, String detail) {}

    private static final String CHECK = "SELECT pg_is_in_recovery(), to_regclass('sentences') IS NOT NULL,"
            + " pg_wal_lsn_diff(pg_last_wal_replay_lsn(), '0/0')::bigint,"
            + " extract(epoch FROM now() - pg_last_xact_replay_timestamp())::float8";
    private static final String REPLAYED = "SELECT pg_wal_lsn_diff(pg_last_wal_replay_lsn(), '0/0')::bigint";
    private static final long REPLAY_POLL_NANOS = Duration.ofMillis(5).toNanos();

    private final String name;
    private final AgroalDataSource pool;
    private final AtomicLong replayed = new AtomicLong();
    private volatile State state = new State(Status.UNCHECKED, Double.NaN, System.nanoTime(), "not checked yet");

    Standby(String name, AgroalDataSource pool) {
        this.name = name;
        this.pool = pool;
    }

    /** host:port/database, as metrics and readiness name it. */
    String name() {
        return name;
    }

    State state() {
        return state;
    }

    Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /** Whether questions may read it at {@code now}: up, and its lag plus the time since it was measured within the bound. */
    boolean usable(long now, Duration maxLag) {
        State current = state;
        return current.status() == Status.UP && lagAt(current, now) <= maxLag.toNanos() / 1e9;
    }

    /** The lag its last check measured; NaN unless up. */
    double lag() {
        State current = state;
        return current.status() == Status.UP ? current.lagSeconds() : Double.NaN;
    }

    private static double lagAt(State state, long now) {
        return state.lagSeconds() + Math.max(0, now - state.checkedAt()) / 1e9;
    }

    /** Whether it was seen to have replayed the WAL up to {@code position}. */
    boolean hasReplayed(long position) {
        return replayed.get() >= position;
    }

    /**
     * Asks the standby how far it has replayed until it has reached {@code position}, for at most
     * {@code wait}; false when it has not by then or cannot be reached.
     */
    boolean awaitReplay(long position, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        try (Connection connection = pool.getConnection();
                PreparedStatement statement = connection.prepareStatement(REPLAYED)) {
            while (true) {
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    if (replayed.accumulateAndGet(row.getLong(1), Math::max) >= position) {
                        return true;
                    }
                }
                if (System.nanoTime() - deadline >= 0) {
                    return false;
                }
                LockSupport.parkNanos(REPLAY_POLL_NANOS);
            }
        } catch (SQLException e) {
            failed(TransactionRunner.translated(e));
            return false;
        }
    }

    /** Reads its recovery state and replay position and judges its lag against the primary's positions. */
    void check(PrimaryPositions primary) {
        try (Connection connection = pool.getConnection();
                PreparedStatement statement = connection.prepareStatement(CHECK);
                ResultSet row = statement.executeQuery()) {
            row.next();
            long now = System.nanoTime();
            if (!row.getBoolean(1) || !row.getBoolean(2)) {
                change(new State(
                        Status.NOT_A_STANDBY,
                        Double.NaN,
                        now,
                        row.getBoolean(1)
                                ? "no newsdesk archive in this database"
                                : "not in recovery: a primary, not a standby"));
                return;
            }
            long position = replayed.accumulateAndGet(row.getLong(3), Math::max);
            double sinceReplayedCommit = row.getObject(4) == null ? Double.NaN : row.getDouble(4);
            double lag = primary.lagSeconds(position, sinceReplayedCommit, now);
            change(new State(Status.UP, lag, now, String.format("up, lag %.3f s", lag)));
        } catch (SQLException e) {
            failed(TransactionRunner.translated(e));
        }
    }

    /**
     * A read or check could not reach it: out of turn until its next good check. Another failure
     * (an error the query itself caused) leaves it in turn; the primary answers that read either way.
     */
    void failed(RuntimeException failure) {
        if (failure instanceof StoreUnavailableException) {
            change(new State(Status.DOWN, Double.NaN, System.nanoTime(), "down: " + failure.getMessage()));
        } else {
            Log.debugf("standby %s failed a read, the primary answers it: %s", name, failure.getMessage());
        }
    }

    /** Records a check's finding; a change of status is logged once, not every check. */
    private void change(State next) {
        State previous = state;
        state = next;
        if (previous.status() != next.status()) {
            Log.infof("standby %s: %s", name, next.detail());
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
