package io.newsdesk.store;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * Checks the standbys every {@code newsdesk.replicas.check-interval}, not at every query: reads the
 * primary's WAL position, then each standby's replay position, and from the two how far behind each
 * standby is ({@link PrimaryPositions}). A standby taken out of turn by a failed read comes back here,
 * at its first good check. While the primary cannot be read no lag can be judged: the standbys age out
 * of turn once their last measured lag plus the time since passes the bound.
 */
@ApplicationScoped
class StandbyMonitor {

    private static final String PRIMARY_POSITION = "SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::bigint";

    private final Standbys standbys;
    private final TransactionRunner primary;
    private final PrimaryPositions positions;

    StandbyMonitor(Standbys standbys, TransactionRunner primary, ReplicaConfig config) {
        this.standbys = standbys;
        this.primary = primary;
        this.positions = new PrimaryPositions(
                config.maxLag().multipliedBy(2).plus(config.checkInterval()).toNanos());
    }

    @Scheduled(
            every = "${newsdesk.replicas.check-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        if (standbys.none()) {
            return;
        }
        try {
            positions.add(System.nanoTime(), primary.withConnection(connection -> {
                try (PreparedStatement statement = connection.prepareStatement(PRIMARY_POSITION);
                        ResultSet row = statement.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }));
        } catch (StoreUnavailableException | StoreFailureException e) {
            Log.debugf("standby check skipped, the primary's position could not be read: %s", e.getMessage());
            return;
        }
        standbys.all().forEach(standby -> standby.check(positions));
    }
}
