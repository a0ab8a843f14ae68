package io.newsdesk.access;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Requests per minute, per key and per client address, with separate budgets for asking, for
 * ingesting and for Slack's callbacks. Each budget is a token bucket holding a minute's worth, refilled evenly; {@code 0}
 * switches that budget off. The defaults let one client run a load test of about 100 questions a
 * second; a public deployment lowers the per-address budgets.
 */
@ConfigMapping(prefix = "newsdesk.rate-limit")
public interface RateLimitConfig {

    /** Asking requests (ask, stream, conversations, article reads) per key and minute. */
    @WithDefault("12000")
    int askPerKey();

    /** Asking requests per client address and minute (keyed or not). */
    @WithDefault("12000")
    int askPerAddress();

    /** Ingesting requests (add, replace, delete articles; a batch counts once) per key and minute. */
    @WithDefault("600")
    int ingestPerKey();

    /** Ingesting requests per client address and minute. */
    @WithDefault("600")
    int ingestPerAddress();

    /**
     * Requests to the Slack endpoints (events and slash commands) per client address and minute. Slack sends from
     * many addresses, so a busy workspace stays far below it; it stops a flood from one address.
     */
    @WithDefault("600")
    int slackPerAddress();
}
