package io.newsdesk.slack;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Slack's Web API ({@code chat.postMessage}) and slash-command {@code response_url}s over plain
 * {@link HttpClient}. A post is sent once: only a 429 is sent again, after its Retry-After and at
 * most {@code newsdesk.slack.rate-limit-retries} times, because Slack guarantees a 429 was not
 * processed. Any other failure (including a timeout, after which the post may have landed) is
 * logged with the delivery id and given up, so a failure never turns into a duplicate.
 */
@ApplicationScoped
class SlackWebClient {

    private final SlackConfig config;
    private final ObjectMapper mapper;
    private final HttpClient http;

    SlackWebClient(SlackConfig config, ObjectMapper mapper) {
        this.config = config;
        this.mapper = mapper;
        this.http = HttpClient.newBuilder().connectTimeout(config.httpTimeout()).build();
    }

    /** The body of {@code chat.postMessage}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PostMessage(
            String channel,
            String threadTs,
            String text,
            List<Block> blocks,
            boolean unfurlLinks,
            boolean unfurlMedia) {}

    /** The body posted to a slash command's {@code response_url}. */
    record CommandResponse(String responseType, boolean replaceOriginal, String text, List<Block> blocks) {}

    /** Posts a message (in a thread when {@code thread_ts} is set); true when Slack accepted it. */
    boolean postMessage(PostMessage message, String deliveryId) {
        Optional<String> token = config.botToken().filter(t -> !t.isBlank());
        if (token.isEmpty()) {
            Log.errorf("Slack answer for %s not posted: NEWSDESK_SLACK_BOT_TOKEN is not set", deliveryId);
            return false;
        }
        HttpRequest request = json(URI.create(config.apiBaseUrl().replaceAll("/+$", "") + "/chat.postMessage"), message)
                .header("Authorization", "Bearer " + token.get())
                .build();
        return send(request, deliveryId).map(body -> accepted(body, deliveryId)).orElse(false);
    }

    /** Delivers a slash command's answer to its response_url; true when Slack accepted it. */
    boolean respond(URI responseUrl, CommandResponse response, String deliveryId) {
        return send(json(responseUrl, response).build(), deliveryId).isPresent();
    }

    private HttpRequest.Builder json(URI uri, Object body) {
        try {
            return HttpRequest.newBuilder(uri)
                    .timeout(config.httpTimeout())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(body)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Slack message not serialisable", e);
        }
    }

    /** The 2xx body, waiting out at most the configured number of 429s; empty on any failure (logged). */
    private Optional<String> send(HttpRequest request, String deliveryId) {
        for (int waits = 0; ; waits++) {
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                Log.errorf(
                        "Slack call %s for %s failed, not retried: %s",
                        request.uri().getPath(), deliveryId, e.toString());
                return Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
            if (response.statusCode() == 429 && waits < config.rateLimitRetries()) {
                Duration wait = retryAfter(response);
                if (wait.compareTo(config.maxRetryAfter()) <= 0) {
                    Log.warnf(
                            "Slack rate limit on %s for %s; retrying after %s",
                            request.uri().getPath(), deliveryId, wait);
                    if (pause(wait)) {
                        continue;
                    }
                }
            }
            if (response.statusCode() / 100 != 2) {
                Log.errorf(
                        "Slack call %s for %s failed with HTTP %d; given up",
                        request.uri().getPath(), deliveryId, response.statusCode());
                return Optional.empty();
            }
            return Optional.of(response.body());
        }
    }

    private boolean accepted(String body, String deliveryId) {
        try {
            JsonNode reply = mapper.readTree(body);
            if (reply.path("ok").asBoolean(false)) {
                Log.debugf(
                        "Slack answer for %s posted as %s",
                        deliveryId, reply.path("ts").asText());
                return true;
            }
            Log.errorf(
                    "Slack refused the answer for %s: %s",
                    deliveryId, reply.path("error").asText("unknown"));
        } catch (JsonProcessingException e) {
            Log.errorf("Slack answered %s with something other than JSON", deliveryId);
        }
        return false;
    }

    private static Duration retryAfter(HttpResponse<?> response) {
        try {
            return Duration.ofSeconds(Math.max(
                    0,
                    Long.parseLong(response.headers()
                            .firstValue("Retry-After")
                            .orElse("1")
                            .strip())));
        } catch (NumberFormatException e) {
            return Duration.ofSeconds(1);
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
}
