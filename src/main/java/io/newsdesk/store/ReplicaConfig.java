package io.newsdesk.store;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Streaming standbys of the primary that answer the question path's reads (searches, sentences in
 * context, term statistics, article reads) in turn. Without any, every read goes to the primary, as on
 * one machine. Ingestion, deletes, conversations and Slack's records always use the primary. The
 * standbys are logged in with the primary's role ({@code quarkus.datasource.username} and password):
 * physical replication copies the roles.
 */
@ConfigMapping(prefix = "newsdesk.replicas")
public interface ReplicaConfig {

    /** JDBC URLs of the standbys, comma-separated ({@code NEWSDESK_DB_REPLICA_URLS}); none: the primary reads. */
    Optional<List<String>> urls();

    /** A standby further behind the primary than this, as last checked plus the time since, is skipped. */
    @WithDefault("5s")
    Duration maxLag();

    /** How often each standby's replay position is compared with the primary's (and a skipped one retried). */
    @WithDefault("1s")
    Duration checkInterval();

    /** Longest a question waits for a standby to replay this instance's last write before the primary answers. */
    @WithDefault("200ms")
    Duration replayWait();

    /** Connections per standby. */
    @WithDefault("16")
    int poolSize();

    /** A standby query without an answer after this (whole seconds) is given up and the primary answers it. */
    @WithDefault("5s")
    Duration queryTimeout();
}
