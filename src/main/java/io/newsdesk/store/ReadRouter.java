package io.newsdesk.store;

import io.newsdesk.store.TransactionRunner.SqlWork;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Chooses the datasource of each question's reads: the standbys in turn, skipping one that is down
 * or further behind than {@code newsdesk.replicas.max-lag}, and one that has not replayed this
 * instance's latest write ({@link WrittenPosition}; the first standby in turn is waited for up to
 * {@code newsdesk.replicas.replay-wait}); the primary when no standby qualifies or none is configured.
 */
@ApplicationScoped
class ReadRouter {

    static final String QUESTION = "question";
    static final String ARTICLE = "article";

    private final Standbys standbys;
    private final TransactionRunner primary;
    private final WrittenPosition written;
    private final ReplicaConfig config;
    private final AtomicInteger turn = new AtomicInteger();

    ReadRouter(Standbys standbys, TransactionRunner primary, WrittenPosition written, ReplicaConfig config) {
        this.standbys = standbys;
        this.primary = primary;
        this.written = written;
        this.config = config;
    }

    /** The reads of one question. */
    ReadSession question() {
        return new ReadSession(primary, standbys, QUESTION, choose());
    }

    /** One read of the article list or an article, on the question path's datasources. */
    <T> T readArticles(SqlWork<T> work) {
        try (ReadSession session = new ReadSession(primary, standbys, ARTICLE, choose())) {
            return session.read(work);
        }
    }

    /** The next standby in turn that may be read now, or null for the primary. */
    private Standby choose() {
        List<Standby> all = standbys.all();
        if (all.isEmpty()) {
            return null;
        }
        long required = written.position();
        long now = System.nanoTime();
        Duration maxLag = config.maxLag();
        int first = Math.floorMod(turn.getAndIncrement(), all.size());
        Standby behind = null;
        for (int i = 0; i < all.size(); i++) {
            Standby standby = all.get((first + i) % all.size());
            if (!standby.usable(now, maxLag)) {
                continue;
            }
            if (standby.hasReplayed(required)) {
                return standby;
            }
            behind = behind == null ? standby : behind;
        }
        if (behind != null && required != Long.MAX_VALUE && behind.awaitReplay(required, config.replayWait())) {
            return behind;
        }
        return null;
    }
}
