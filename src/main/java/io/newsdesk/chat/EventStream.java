package io.newsdesk.chat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.answer.Citation;
import io.newsdesk.answer.InvalidQuestionException;
import io.newsdesk.store.StoreUnavailableException;
import io.quarkus.logging.Log;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Server-Sent Events response: {@code question} (conversations only), {@code citations},
 * {@code token}..., then {@code answer} or {@code error}, then the stream closes. Every event's data
 * is one line of JSON. When no validated text streamed (extractive mode, or an LLM fallback) the
 * whole answer is sent as a single token before the {@code answer} event.
 */
final class EventStream implements AnswerEvents, AutoCloseable {

    private static final String PROBLEM_BASE = "https://newsdesk.dev/problems/";

    private final SseEventSink sink;
    private final Sse sse;
    private final ObjectMapper mapper;
    private boolean streamed;

    EventStream(SseEventSink sink, Sse sse, ObjectMapper mapper) {
        this.sink = sink;
        this.sse = sse;
        this.mapper = mapper;
    }

    @Override
    public void question(String asked, String rewritten) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("question", asked);
        data.put("rewritten_question", rewritten);
        send("question", data);
    }

    @Override
    public void sources(List<Citation> sources) {
        send("citations", Map.of("citations", sources));
    }

    @Override
    public void token(String text) {
        streamed = true;
        send("token", Map.of("text", text));
    }

    /** The final answer (same JSON as /api/v1/ask), preceded by the whole text if nothing streamed. */
    void answer(Object answer, String text) {
        if (!streamed) {
            token(text);
        }
        send("answer", answer);
    }

    /** A problem+json body as the last event. */
    void error(RuntimeException failure) {
        int status = status(failure);
        if (status >= 500) {
            Log.errorf(failure, "Streaming answer failed");
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", PROBLEM_BASE + type(status));
        problem.put("title", title(status));
        problem.put("status", status);
        problem.put("detail", status >= 500 && status != 503 ? "An unexpected error occurred; it has been logged."
                : failure.getMessage());
        if (failure instanceof InvalidQuestionException invalid && invalid.field() != null) {
            problem.put("field", invalid.field());
        }
        send("error", problem);
    }

    @Override
    public void close() {
        sink.close();
    }

    private void send(String name, Object data) {
        if (sink.isClosed()) {
            return;
        }
        try {
            sink.send(sse.newEventBuilder().name(name).data(mapper.writeValueAsString(data)).build())
                    .toCompletableFuture().join();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event not serialisable", e);
        } catch (RuntimeException e) {
            Log.debugf("Client left the event stream: %s", e.getMessage());
        }
    }

    private static int status(RuntimeException failure) {
        if (failure instanceof InvalidQuestionException) {
            return 400;
        }
        if (failure instanceof WebApplicationException web) {
            return web.getResponse().getStatus();
        }
        return failure instanceof StoreUnavailableException ? 503 : 500;
    }

    private static String type(int status) {
        return switch (status) {
            case 400 -> "invalid-question";
            case 404 -> "not-found";
            case 503 -> "unavailable";
            default -> "internal";
        };
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Invalid question";
            case 404 -> "Not Found";
            case 503 -> "Service unavailable";
            default -> "Internal error";
        };
    }
}
