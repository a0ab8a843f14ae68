package io.newsdesk.store;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A counter that moves whenever this instance stores, replaces or deletes an article, so caches
 * of answers can tell they may be stale. Other replicas' changes are not seen here: caches bound
 * that with a time to live.
 */
@ApplicationScoped
public class ArchiveChanges {

    private final AtomicLong version = new AtomicLong();

    /** The current version; read it before computing anything cached under it. */
    public long version() {
        return version.get();
    }

    /** Marks the archive as changed. */
    public void changed() {
        version.incrementAndGet();
    }
}
