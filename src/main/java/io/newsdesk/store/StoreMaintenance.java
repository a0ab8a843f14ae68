package io.newsdesk.store;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Keeps the planner's statistics and the full-text index fresh after ingestion, without relying on
 * autovacuum (which some clusters run with off): when a tenth of the sentences (at least
 * {@code newsdesk.store.maintenance-min-rows}) changed since the last analysis, runs VACUUM (ANALYZE) on sentences and articles. Without
 * it, a freshly loaded archive is searched with sequential scans and a long GIN pending list.
 */
@ApplicationScoped
public class StoreMaintenance {

    private static final Logger LOG = Logger.getLogger(StoreMaintenance.class);
    private final TransactionRunner runner;
    private final long minChangedRows;

    StoreMaintenance(
            TransactionRunner runner,
            @ConfigProperty(name = "newsdesk.store.maintenance-min-rows", defaultValue = "1000") long minChangedRows) {
        this.runner = runner;
        this.minChangedRows = minChangedRows;
    }

    @Scheduled(
            every = "${newsdesk.store.maintenance-interval:30s}",
            delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            maintainIfStale();
        } catch (StoreUnavailableException e) {
            LOG.debugf("store maintenance skipped: %s", e.getMessage());
        }
    }

    /** Vacuums and analyses the sentence and article tables when enough rows changed; true when it did. */
    public boolean maintainIfStale() {
        boolean stale = runner.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                            "SELECT n_mod_since_analyze, n_live_tup"
                                    + " FROM pg_stat_user_tables WHERE relname = 'sentences' AND schemaname = current_schema()");
                    ResultSet rows = statement.executeQuery()) {
                return rows.next() && rows.getLong(1) >= Math.max(minChangedRows, rows.getLong(2) / 10);
            }
        });
        if (stale) {
            long started = System.nanoTime();
            runner.withConnection(connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("VACUUM (ANALYZE) sentences");
                    statement.execute("VACUUM (ANALYZE) articles");
                }
                return null;
            });
            LOG.infof(
                    "store maintenance: vacuumed and analysed sentences and articles in %d ms",
                    (System.nanoTime() - started) / 1_000_000);
        }
        return stale;
    }
}
