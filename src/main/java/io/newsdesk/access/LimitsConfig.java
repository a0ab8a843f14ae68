package io.newsdesk.access;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Back-pressure: how large a question request may be, and how much answering and ingesting may run
 * at once. Work beyond the running limit waits in a bounded queue; when the queue is full (or a
 * request has waited {@code queue-timeout}) the request is refused with 503 and {@code Retry-After}
 * at once instead of piling up in memory.
 */
@ConfigMapping(prefix = "newsdesk.limits")
public interface LimitsConfig {

    /** Largest body of a question request (ask, stream, features, conversation messages); 413 above. */
    @WithDefault("16K")
    MemorySize askBodySize();

    /**
     * Largest body of a one-article request ({@code application/json}, {@code text/plain}); 413 at
     * once above, before it is read. Room for {@code newsdesk.ingest.max-text-bytes} of text even
     * when JSON escapes it; an NDJSON batch is bounded by {@code quarkus.http.limits.max-body-size}.
     */
    @WithDefault("8M")
    MemorySize articleBodySize();

    /** Questions answered at once (ask, stream, features, conversation messages). */
    @WithDefault("8")
    int answerConcurrency();

    /** Questions waiting for a free answering slot before new ones are refused with 503. */
    @WithDefault("64")
    int answerQueue();

    /** Ingestion requests (split, embed, store) run at once. */
    @WithDefault("2")
    int ingestConcurrency();

    /** Ingestion requests waiting before new ones are refused with 503. */
    @WithDefault("16")
    int ingestQueue();

    /** Longest wait in a queue before the request is refused with 503. */
    @WithDefault("30s")
    Duration queueTimeout();

    /**
     * How long every answering (or ingesting) slot may stay taken without one coming free before
     * readiness reports DOWN: longer than any answer takes, so only capacity that never comes back
     * (a leak, work hung on a dependency) trips it, and a load balancer stops sending questions.
     */
    @WithDefault("2m")
    Duration stuckAfter();

    /** The {@code Retry-After} sent with a 503 when answering or ingesting is saturated. */
    @WithDefault("2s")
    Duration busyRetryAfter();
}
