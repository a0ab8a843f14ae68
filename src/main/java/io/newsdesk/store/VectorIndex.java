package io.newsdesk.store;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalDouble;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The HNSW index on the sentence vectors, which a bulk load of a large archive may defer: every sentence
 * inserted into the graph one by one costs PostgreSQL more CPU than the embedding model spends on it, while
 * one build after the load costs a fraction of that. While deferred, questions are answered by an exact
 * scan of the vectors (right, slower with size); a build blocks ingestion (not questions) until it ends.
 * The index is the state: a restart during a build leaves it deferred until built again.
 */
@ApplicationScoped
public class VectorIndex {

    /** The index's name in {@code V1__articles_and_sentences.sql}. */
    static final String NAME = "sentences_embedding_hnsw_idx";

    private static final Logger LOG = Logger.getLogger(VectorIndex.class);
    private static final String CREATE =
            "CREATE INDEX IF NOT EXISTS " + NAME + " ON sentences USING hnsw (embedding vector_cosine_ops)";

    /** Whether questions use the index. */
    public enum State {
        BUILT,
        BUILDING,
        DEFERRED
    }

    /** The index's state, and while building the share of the build done (PostgreSQL's own progress). */
    public record Status(State state, OptionalDouble progress, String lastError) {}

    private final TransactionRunner runner;
    private final ArchiveChanges changes;
    private final String buildMemory;
    private final int buildWorkers;
    private final ExecutorService builder = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "newsdesk-vector-index-build");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<String> lastError = new AtomicReference<>("");
    private volatile boolean building;

    VectorIndex(
            TransactionRunner runner,
            ArchiveChanges changes,
            @ConfigProperty(name = "newsdesk.store.index-build-memory", defaultValue = "2GB") String buildMemory,
            @ConfigProperty(name = "newsdesk.store.index-build-workers", defaultValue = "1") int buildWorkers) {
        if (!buildMemory.matches("\\d+\\s*(kB|MB|GB)")) {
            throw new IllegalArgumentException(
                    "newsdesk.store.index-build-memory must be a size such as 512MB or 2GB, not " + buildMemory);
        }
        this.runner = runner;
        this.changes = changes;
        this.buildMemory = buildMemory;
        this.buildWorkers = Math.max(0, buildWorkers);
    }

    /** Whether the index is there, being built, or deferred; with the build's progress. */
    public Status status() {
        if (building) {
            return new Status(State.BUILDING, buildProgress(), lastError.get());
        }
        return new Status(exists() ? State.BUILT : State.DEFERRED, OptionalDouble.empty(), lastError.get());
    }

    /** Drops the index (a bulk load then inserts without it); refused while a build runs. */
    public synchronized Status defer() {
        if (building) {
            throw new IllegalStateException("the vector index is being built; defer it once the build has ended");
        }
        runner.withConnection(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP INDEX IF EXISTS " + NAME);
            }
            return null;
        });
        LOG.info("vector index deferred: questions scan every vector until it is built again");
        return status();
    }

    /** Starts building the index unless it is there or being built; returns at once. */
    public synchronized Status build() {
        if (!building && !exists()) {
            building = true;
            lastError.set("");
            builder.execute(this::buildNow);
        }
        return status();
    }

    void stop(@Observes ShutdownEvent event) {
        builder.shutdownNow();
    }

    private void buildNow() {
        long started = System.nanoTime();
        try {
            runner.withConnection(connection -> {
                connection.setNetworkTimeout(Runnable::run, 0);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET maintenance_work_mem = '" + buildMemory + "'");
                    statement.execute("SET max_parallel_maintenance_workers = " + buildWorkers);
                    statement.execute(CREATE);
                }
                return null;
            });
            changes.changed();
            LOG.infof("vector index built in %d s", (System.nanoTime() - started) / 1_000_000_000);
        } catch (RuntimeException e) {
            lastError.set(String.valueOf(e.getMessage()));
            LOG.errorf(e, "vector index build failed; questions keep scanning every vector");
        } finally {
            building = false;
        }
    }

    private boolean exists() {
        return runner.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                            "SELECT 1 FROM pg_indexes WHERE indexname = ? AND schemaname = current_schema()");
                    ResultSet rows = bind(statement, NAME).executeQuery()) {
                return rows.next();
            }
        });
    }

    private OptionalDouble buildProgress() {
        return runner.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                            "SELECT blocks_done, blocks_total, tuples_done, tuples_total FROM pg_stat_progress_create_index"
                                    + " WHERE relid = 'sentences'::regclass ORDER BY pid LIMIT 1");
                    ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return OptionalDouble.empty();
                }
                long tuplesTotal = rows.getLong(4);
                long blocksTotal = rows.getLong(2);
                if (tuplesTotal > 0) {
                    return OptionalDouble.of(Math.min(1.0, rows.getLong(3) / (double) tuplesTotal));
                }
                return blocksTotal > 0
                        ? OptionalDouble.of(Math.min(1.0, rows.getLong(1) / (double) blocksTotal))
                        : OptionalDouble.empty();
            }
        });
    }

    private static PreparedStatement bind(PreparedStatement statement, String value) throws SQLException {
        statement.setString(1, value);
        return statement;
    }
}
