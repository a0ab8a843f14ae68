package io.newsdesk.chat;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Conversations: how long an unused one lives and how often the expired ones are deleted; event
 * streams: how often a quiet one sends a heartbeat.
 */
@ConfigMapping(prefix = "newsdesk.chat")
public interface ChatConfig {

    /** A conversation unused this long is gone: its id answers 404 from then on and its turns are deleted. */
    @WithDefault("30m")
    Duration idleTimeout();

    /** How often expired conversations are deleted in the background (read by the scheduler; format 5m, 1h). */
    @WithDefault("5m")
    String purgeInterval();

    /**
     * A stream that has sent nothing for this long sends a {@code : heartbeat} comment, so proxies and
     * load balancers do not take a long answer for a dead connection.
     */
    @WithDefault("10s")
    Duration heartbeatInterval();
}
