package io.newsdesk.slack;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The Slack bot: how requests from Slack are trusted, where answers are posted, how many are
 * worked on at once. The two secrets come from the environment only.
 */
@ConfigMapping(prefix = "newsdesk.slack")
public interface SlackConfig {

    /** Signing secret of the Slack app, from the environment only (NEWSDESK_SLACK_SIGNING_SECRET); unset refuses every Slack request. */
    Optional<String> signingSecret();

    /** Bot user OAuth token (xoxb-...), from the environment only (NEWSDESK_SLACK_BOT_TOKEN); unset means nothing is posted. */
    Optional<String> botToken();

    /** Base URL of Slack's Web API, where the SDK's methods client calls; tests point it at a local fake. */
    @WithDefault("https://slack.com/api")
    String apiBaseUrl();

    /**
     * Hosts a slash command's or a button click's response_url may point at, over HTTPS: a host, or {@code *.}domain for any host under
     * it; {@code http://}host also allows plain HTTP (a local fake in tests). A command with any other response_url
     * is acknowledged with a message saying so, and nothing is posted.
     */
    @WithDefault("hooks.slack.com")
    List<String> responseUrlHosts();

    /** Who sees /ask answers: {@code ephemeral} (only the asker) or {@code in_channel} (everyone in the channel). */
    @WithDefault("ephemeral")
    CommandVisibility commandVisibility();

    /** The bot's own user id (U...), ignored as an asker; Slack also sends it with each event, so it is optional. */
    Optional<String> botUserId();

    /** Requests whose timestamp is further than this from now are refused (replay protection). */
    @WithDefault("5m")
    Duration maxClockSkew();

    /**
     * Largest body of a request from Slack (events and slash commands are a few kilobytes). A larger
     * {@code Content-Length} is refused with 413 before the body is read; a body sent without one (chunked) is
     * refused once it grows past this.
     */
    @WithDefault("64K")
    MemorySize maxBodySize();

    /** Questions answered at once (threads of the answering pool). */
    @WithDefault("2")
    int answerThreads();

    /** Questions waiting for a free thread before new ones are refused with 503 (Slack then retries). */
    @WithDefault("100")
    int answerQueue();

    /** Deadline of one call to Slack. */
    @WithDefault("10s")
    Duration httpTimeout();

    /** Waits for a 429's Retry-After before giving up on a post (only 429 is retried: Slack did not process it). */
    @WithDefault("2")
    int rateLimitRetries();

    /** The longest Retry-After honoured; a longer one gives up at once. */
    @WithDefault("30s")
    Duration maxRetryAfter();

    /** How long delivery ids are kept to refuse repeats (Slack retries within minutes). */
    @WithDefault("24h")
    Duration eventRetention();

    /** How far back the earlier answers of a thread (or of a direct message conversation) count for a follow-up. */
    @WithDefault("7d")
    Duration threadRetention();

    /** How long posted answers are kept: their Share and feedback buttons work this long, and no longer. */
    @WithDefault("30d")
    Duration answerRetention();

    /** How often old delivery ids and answers are deleted (read by the scheduler; format 1h, 30m). */
    @WithDefault("1h")
    String purgeInterval();

    /** Visibility of slash-command answers. */
    enum CommandVisibility {
        ephemeral,
        in_channel
    }
}
