package io.newsdesk.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A small HTTP client for the benchmark and evaluation commands. It sends the API key from the
 * environment {@code NEWSDESK_KEY} (scripts/with-service.sh sets a throwaway one), else the local
 * admin key {@code .newsdesk/admin.key} that scripts/run.sh creates, else none. The diagnostics
 * ({@link #features}, {@link #candidates}, {@link #readings}) need a key with the admin scope.
 */
final class NewsdeskClient {

    private static final Path LOCAL_KEY = Path.of(".newsdesk", "admin.key");

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String key;

    NewsdeskClient(String base) {
        this(base, key());
    }

    /** A client that sends the given key (none when null), whatever the environment holds. */
    NewsdeskClient(String base, String key) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.key = key;
    }

    /** Posts a batch of articles; returns the per-article results. */
    JsonNode ingest(List<ObjectNode> articles) {
        String body = articles.stream().map(JsonNode::toString).collect(Collectors.joining("\n"));
        return send("/api/v1/articles", "application/x-ndjson", body, Duration.ofMinutes(10));
    }

    /** What the ingestion endpoint answered a batch: its status and body (problem details on a 4xx). */
    record Reply(int status, JsonNode body) {}

    /** Posts a batch of articles and returns the reply whatever its status; transport failures throw. */
    Reply ingestReply(List<ObjectNode> articles) {
        String body = articles.stream().map(JsonNode::toString).collect(Collectors.joining("\n"));
        HttpResponse<String> response = exchange(
                "/api/v1/articles",
                "application/x-ndjson",
                body,
                Duration.ofMinutes(10),
                HttpResponse.BodyHandlers.ofString());
        try {
            return new Reply(response.statusCode(), EvalData.JSON.readTree(response.body()));
        } catch (IOException e) {
            return new Reply(response.statusCode(), EvalData.JSON.createObjectNode());
        }
    }

    /** Asks a question with the given request body. */
    JsonNode ask(ObjectNode request) {
        return send("/api/v1/ask", "application/json", request.toString(), Duration.ofSeconds(60));
    }

    /** Asks a question and returns only the HTTP status (load commands); transport failures throw. */
    int askStatus(ObjectNode request) {
        return exchange(
                        "/api/v1/ask",
                        "application/json",
                        request.toString(),
                        Duration.ofSeconds(60),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** Starts a conversation; its id. */
    String startConversation() {
        return send("/api/v1/conversations", "POST", null, null, Duration.ofSeconds(60))
                .path("id")
                .asText();
    }

    /** Asks in conversation {@code id} ({@code question}, optional {@code as_of}); the turn as shown. */
    JsonNode message(String id, ObjectNode body) {
        return send(
                "/api/v1/conversations/" + id + "/messages",
                "application/json",
                body.toString(),
                Duration.ofSeconds(60));
    }

    /** The confidence features the service computes for a question. */
    JsonNode features(ObjectNode request) {
        return send("/api/v1/ask/features", "application/json", request.toString(), Duration.ofSeconds(60));
    }

    /** Every candidate sentence of a question with its ranking features. */
    JsonNode candidates(ObjectNode request) {
        return send("/api/v1/ask/candidates", "application/json", request.toString(), Duration.ofSeconds(60));
    }

    /** The reader's candidate answers of a question with their features. */
    JsonNode readings(ObjectNode request) {
        return send("/api/v1/ask/readings", "application/json", request.toString(), Duration.ofSeconds(60));
    }

    /**
     * The vector index's state ({@code state}: built, building or deferred; {@code progress} while building),
     * after asking for {@code state} ({@code deferred} or {@code built}) when one is given.
     */
    JsonNode vectorIndex(String state) {
        String path = "/api/v1/admin/vector-index";
        return state == null
                ? send(path, "GET", null, null, Duration.ofSeconds(60))
                : send(path, "PUT", "application/json", "{\"state\":\"" + state + "\"}", Duration.ofSeconds(60));
    }

    private JsonNode send(String path, String type, String body, Duration timeout) {
        return send(path, "POST", type, body, timeout);
    }

    private JsonNode send(String path, String method, String type, String body, Duration timeout) {
        HttpResponse<String> response =
                exchange(path, method, type, body, timeout, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        try {
            return EvalData.JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> HttpResponse<T> exchange(
            String path, String type, String body, Duration timeout, HttpResponse.BodyHandler<T> handler) {
        return exchange(path, "POST", type, body, timeout, handler);
    }

    /** Sends {@code body} as {@code type} with {@code method}, or no body when it is null. */
    private <T> HttpResponse<T> exchange(
            String path,
            String method,
            String type,
            String body,
            Duration timeout,
            HttpResponse.BodyHandler<T> handler) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout);
        if (body == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        if (key != null) {
            builder.header("Authorization", "Bearer " + key);
        }
        HttpRequest request = builder.build();
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String key() {
        String fromEnvironment = System.getenv("NEWSDESK_KEY");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.strip();
        }
        try {
            return Files.isReadable(LOCAL_KEY) ? Files.readString(LOCAL_KEY).strip() : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
