package io.newsdesk.chat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.answer.InvalidQuestionException;
import io.newsdesk.answer.citation.Citation;
import io.newsdesk.store.StoreUnavailableException;
import io.newsdesk.telemetry.RequestIds;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One Server-Sent Events response: {@code question} (conversations only), {@code citations},
 * {@code token}..., then {@code answer} or {@code error}, then the stream closes. Every event's data
 * is one line of JSON and its {@code id} counts from 1. When no validated text streamed (extractive
 * mode, or an LLM fallback) the whole answer is sent as a single token before the {@code answer}
 * event. While nothing is sent for a heartbeat interval (a slow model), a {@code : heartbeat}
 * comment keeps proxies from closing the connection.
 */
final class EventStream implements AnswerEvents, AutoCloseable {

    private static final String PROBLEM_BASE = "https://newsdesk.dev/problems/";

    /** One daemon thread sends every stream's heartbeats (a comment each is little work). */
    private static final ScheduledExecutorService HEARTBEATS = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "newsdesk-sse-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    private final MultiEmitter<? super OutboundSseEvent> emitter;
    private final Sse sse;
    private final ObjectMapper mapper;
    private final String requestId;
    private boolean streamed;
    private long lastId;
    private long lastSentNanos = System.nanoTime();
    private ScheduledFuture<?> heartbeat;

    private EventStream(
            MultiEmitter<? super OutboundSseEvent> emitter, Sse sse, ObjectMapper mapper, String requestId) {
        this.emitter = emitter;
        this.sse = sse;
        this.mapper = mapper;
        this.requestId = requestId;
    }

    /**
     * The events {@code work} sends, produced on a worker thread once the client subscribes; an
     * exception escaping {@code work} becomes the {@code error} event. The stream then closes. The
     * {@code error} event carries the id of the request that opened the stream.
     */
    static Multi<OutboundSseEvent> of(Sse sse, ObjectMapper mapper, Duration heartbeat, Consumer<EventStream> work) {
        String requestId = RequestIds.current();
        return Multi.createFrom()
                .<OutboundSseEvent>emitter(emitter -> {
                    try (EventStream events = new EventStream(emitter, sse, mapper, requestId)) {
                        events.beatEvery(heartbeat);
                        try {
                            work.accept(events);
                        } catch (RuntimeException e) {
                            events.error(e);
                        }
                    }
                })
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
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
    private void error(RuntimeException failure) {
        int status = status(failure);
        if (status == 503) {
            // an outage is expected operations, not a bug: one line, no stack trace
            Log.warnf("Streaming answer unavailable: %s", failure.getMessage());
        } else if (status >= 500) {
            Log.errorf(failure, "Streaming answer failed");
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", PROBLEM_BASE + type(status));
        problem.put("title", title(status));
        problem.put("status", status);
        problem.put(
                "detail",
                status >= 500 && status != 503
                        ? "An unexpected error occurred; it has been logged."
                        : failure.getMessage());
        if (failure instanceof InvalidQuestionException invalid && invalid.field() != null) {
            problem.put("field", invalid.field());
        }
        if (requestId != null) {
            problem.put(RequestIds.KEY, requestId);
        }
        send("error", problem);
    }

    @Override
    public synchronized void close() {
        if (heartbeat != null) {
            heartbeat.cancel(false);
        }
        emitter.complete();
    }

    private void beatEvery(Duration interval) {
        long nanos = interval.toNanos();
        heartbeat = HEARTBEATS.scheduleAtFixedRate(
                () -> beatIfQuiet(nanos), nanos, Math.max(nanos / 4, 1), TimeUnit.NANOSECONDS);
    }

    private synchronized void beatIfQuiet(long nanos) {
        if (!emitter.isCancelled() && System.nanoTime() - lastSentNanos >= nanos) {
            emitter.emit(sse.newEventBuilder().comment("heartbeat").build());
            lastSentNanos = System.nanoTime();
        }
    }

    private synchronized void send(String name, Object data) {
        if (emitter.isCancelled()) {
            Log.debugf("Client left the event stream before the %s event", name);
            return;
        }
        try {
            emitter.emit(sse.newEventBuilder()
                    .id(Long.toString(++lastId))
                    .name(name)
                    .data(mapper.writeValueAsString(data))
                    .build());
            lastSentNanos = System.nanoTime();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event not serialisable", e);
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
