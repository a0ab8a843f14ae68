package io.newsdesk.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Small limits, so rate limits and back-pressure can be reached in a few requests: asking needs a
 * key, a handful of requests a minute (Slack's callbacks too), one answer and one ingestion at a time with no queue, and
 * the access log on with the access package at DEBUG (to show no key is ever logged). Classes using
 * it carry {@code @Tag("limits")}: Maven runs them in a JVM of their own (surefire limits-mode).
 */
public class LimitsTestProfile implements QuarkusTestProfile {

    /** Asking requests per key and minute. */
    public static final int ASK_PER_KEY = 5;
    /** Asking requests per client address and minute. */
    public static final int ASK_PER_ADDRESS = 8;
    /** Ingesting requests per key and minute. */
    public static final int INGEST_PER_KEY = 3;
    /** Requests to the Slack endpoints per client address and minute. */
    public static final int SLACK_PER_ADDRESS = 6;
    /** Retry-After of a 503 when a gate is full, in seconds. */
    public static final int BUSY_RETRY_AFTER = 3;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("newsdesk.auth.ask-requires-key", "true"),
                Map.entry("newsdesk.widget.public-keys", TestKeys.PRIVATE_WIDGET + "," + TestKeys.WIDGET),
                Map.entry("newsdesk.rate-limit.ask-per-key", String.valueOf(ASK_PER_KEY)),
                Map.entry("newsdesk.rate-limit.ask-per-address", String.valueOf(ASK_PER_ADDRESS)),
                Map.entry("newsdesk.rate-limit.ingest-per-key", String.valueOf(INGEST_PER_KEY)),
                Map.entry("newsdesk.rate-limit.ingest-per-address", "100"),
                Map.entry("newsdesk.rate-limit.slack-per-address", String.valueOf(SLACK_PER_ADDRESS)),
                Map.entry("newsdesk.limits.answer-concurrency", "1"),
                Map.entry("newsdesk.limits.answer-queue", "0"),
                Map.entry("newsdesk.limits.ingest-concurrency", "1"),
                Map.entry("newsdesk.limits.ingest-queue", "0"),
                Map.entry("newsdesk.limits.busy-retry-after", BUSY_RETRY_AFTER + "s"),
                Map.entry("quarkus.http.access-log.enabled", "true"),
                Map.entry("quarkus.log.category.\"io.newsdesk.access\".level", "DEBUG"));
    }
}
