package io.newsdesk.slack;

import com.google.gson.Gson;
import com.slack.api.Slack;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.request.chat.ChatPostMessageRequest;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.util.json.GsonFactory;
import com.slack.api.webhook.WebhookResponse;
import io.quarkus.logging.Log;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Slack's Web API ({@code chat.postMessage}) and {@code response_url}s, through Slack's Java SDK ({@link Slack}).
 * The SDK reports a {@code 429} (as a {@link SlackApiException}, or a webhook response's code) without retrying it,
 * so this client waits out its {@code Retry-After}, at most {@code newsdesk.slack.rate-limit-retries} times and
 * {@code newsdesk.slack.max-retry-after} at the longest: Slack guarantees a 429 was not processed. Any other failure
 * (including a timeout, after which the post may have landed) is logged with the delivery id and given up, so a
 * failure never turns into a duplicate.
 */
@ApplicationScoped
class SlackWebClient {

    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

    private final SlackConfig config;
    private final Slack slack;
    private final Gson gson;

    SlackWebClient(SlackConfig config) {
        this.config = config;
        com.slack.api.SlackConfig sdk = new com.slack.api.SlackConfig();
        sdk.setMethodsEndpointUrlPrefix(config.apiBaseUrl().replaceAll("/+$", "") + "/");
        sdk.setHttpClientCallTimeoutMillis((int) config.httpTimeout().toMillis());
        sdk.setHttpClientReadTimeoutMillis((int) config.httpTimeout().toMillis());
        // The SDK's per-team call statistics run background threads that nothing here reads.
        sdk.setStatsEnabled(false);
        this.slack = Slack.getInstance(sdk);
        this.gson = GsonFactory.createSnakeCase(sdk);
    }

    /** Posts a message (in a thread when it has a {@code thread_ts}); true when Slack accepted it. */
    boolean postMessage(ChatPostMessageRequest message, String deliveryId) {
        Optional<String> token = config.botToken().filter(t -> !t.isBlank());
        if (token.isEmpty()) {
            Log.errorf("Slack answer for %s not posted: NEWSDESK_SLACK_BOT_TOKEN is not set", deliveryId);
            return false;
        }
        return withRetries("chat.postMessage", deliveryId, () -> {
            try {
                ChatPostMessageResponse response = slack.methods(token.get()).chatPostMessage(message);
                if (!response.isOk()) {
                    Log.errorf("Slack refused the answer for %s: %s", deliveryId, response.getError());
                }
                return Outcome.done(response.isOk());
            } catch (SlackApiException e) {
                if (e.getResponse().code() == 429) {
                    return Outcome.rateLimited(retryAfter(e.getResponse().header("Retry-After")));
                }
                Log.errorf(
                        "Slack call chat.postMessage for %s failed with HTTP %d; given up",
                        deliveryId, e.getResponse().code());
                return Outcome.done(false);
            }
        });
    }

    /**
     * Delivers a message to a {@code response_url} (a slash command's or a button's); {@code body} is one of the
     * SDK's response models, sent as Slack's snake_case JSON. True when Slack accepted it.
     */
    boolean respond(URI responseUrl, Object body, String deliveryId) {
        String json = gson.toJson(body);
        return withRetries("response_url", deliveryId, () -> {
            WebhookResponse response = slack.send(responseUrl.toString(), json);
            if (response.getCode() == 429) {
                return Outcome.rateLimited(retryAfter(header(response.getHeaders(), "Retry-After")));
            }
            if (response.getCode() / 100 != 2) {
                Log.errorf(
                        "Slack call response_url for %s failed with HTTP %d; given up", deliveryId, response.getCode());
                return Outcome.done(false);
            }
            return Outcome.done(true);
        });
    }

    /** One call: delivered or not for good, or refused with a 429 to be retried after {@code retryAfter}. */
    private record Outcome(boolean delivered, Duration retryAfter) {

        static Outcome done(boolean delivered) {
            return new Outcome(delivered, null);
        }

        static Outcome rateLimited(Duration retryAfter) {
            return new Outcome(false, retryAfter);
        }
    }

    /** A call to Slack; an {@link IOException} is a failure that is never retried. */
    private interface Call {
        Outcome attempt() throws IOException;
    }

    private boolean withRetries(String method, String deliveryId, Call call) {
        for (int waits = 0; ; waits++) {
            Outcome outcome;
            try {
                outcome = call.attempt();
            } catch (IOException e) {
                Log.errorf("Slack call %s for %s failed, not retried: %s", method, deliveryId, e.toString());
                return false;
            }
            if (outcome.retryAfter() == null) {
                return outcome.delivered();
            }
            if (waits >= config.rateLimitRetries() || outcome.retryAfter().compareTo(config.maxRetryAfter()) > 0) {
                Log.errorf(
                        "Slack rate limit on %s for %s (Retry-After %s); given up",
                        method, deliveryId, outcome.retryAfter());
                return false;
            }
            Log.warnf("Slack rate limit on %s for %s; retrying after %s", method, deliveryId, outcome.retryAfter());
            if (!pause(outcome.retryAfter())) {
                return false;
            }
        }
    }

    private static String header(Map<String, List<String>> headers, String name) {
        if (headers == null) {
            return null;
        }
        return headers.entrySet().stream()
                .filter(entry -> entry.getKey() != null && entry.getKey().equalsIgnoreCase(name))
                .flatMap(entry -> entry.getValue().stream())
                .findFirst()
                .orElse(null);
    }

    private static Duration retryAfter(String header) {
        try {
            return header == null
                    ? DEFAULT_RETRY_AFTER
                    : Duration.ofSeconds(Math.max(0, Long.parseLong(header.strip())));
        } catch (NumberFormatException e) {
            return DEFAULT_RETRY_AFTER;
        }
    }

    private static boolean pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @PreDestroy
    void close() throws Exception {
        slack.close();
    }
}
