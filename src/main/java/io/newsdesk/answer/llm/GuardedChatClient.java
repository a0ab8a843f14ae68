package io.newsdesk.answer.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.NonRetriableException;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import io.quarkus.logging.Log;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * Calls the OpenAI-compatible model, streaming, behind one SmallRye Fault Tolerance guard shared by
 * every call: a deadline per call, bounded retries of transient failures, and a circuit breaker.
 * Streamed chunks are handed over on the calling thread, so a timed-out call can never write into
 * a response that has moved on to the fallback.
 */
@ApplicationScoped
class GuardedChatClient {

    private final StreamingChatModel model;
    private final Guard guard;
    private final Duration firstTokenTimeout;

    @Inject
    GuardedChatClient(LlmConfig config) {
        this(
                OpenAiStreamingChatModel.builder()
                        .baseUrl(config.baseUrl())
                        .apiKey(config.apiKey().orElse("none"))
                        .modelName(config.model())
                        .temperature(config.temperature())
                        .maxTokens(config.maxTokens())
                        .timeout(config.timeout())
                        .build(),
                config);
    }

    GuardedChatClient(StreamingChatModel model, LlmConfig config) {
        this.model = model;
        this.firstTokenTimeout = config.firstTokenTimeout();
        this.guard = Guard.create()
                .withDescription("newsdesk-llm")
                .withRetry()
                .maxRetries(config.maxRetries())
                .delay(config.retryDelay().toMillis(), ChronoUnit.MILLIS)
                .whenException(GuardedChatClient::retryable)
                .done()
                .withCircuitBreaker()
                .requestVolumeThreshold(config.circuitBreaker().requestVolume())
                .failureRatio(config.circuitBreaker().failureRatio())
                .delay(config.circuitBreaker().delay().toMillis(), ChronoUnit.MILLIS)
                .done()
                .withTimeout()
                .duration(config.timeout().toMillis(), ChronoUnit.MILLIS)
                .done()
                .build();
    }

    /** The model's whole reply; {@code chunks} receives it piece by piece as it streams. */
    String complete(List<ChatMessage> messages, Consumer<String> chunks) throws Exception {
        return guard.call(() -> stream(messages, chunks), String.class);
    }

    private String stream(List<ChatMessage> messages, Consumer<String> chunks) throws Exception {
        BlockingQueue<Chunk> queue = new LinkedBlockingQueue<>();
        model.chat(ChatRequest.builder().messages(messages).build(), new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String partial) {
                queue.add(new Chunk(partial, null, null));
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                String text = response.aiMessage() == null
                        ? null
                        : response.aiMessage().text();
                queue.add(new Chunk(null, text == null ? "" : text, null));
            }

            @Override
            public void onError(Throwable error) {
                queue.add(new Chunk(null, null, error));
            }
        });
        boolean streamed = false;
        Chunk first = queue.poll(firstTokenTimeout.toMillis(), TimeUnit.MILLISECONDS);
        if (first == null) {
            throw new FirstTokenTimeoutException(firstTokenTimeout);
        }
        for (Chunk chunk = first; ; chunk = queue.take()) {
            if (chunk.error() != null) {
                throw streamed ? new PartialOutputException(chunk.error()) : asException(chunk.error());
            }
            if (chunk.complete() != null) {
                return chunk.complete();
            }
            streamed = true;
            chunks.accept(chunk.partial());
        }
    }

    /** The model had not started answering by {@code newsdesk.llm.first-token-timeout}; never retried. */
    static final class FirstTokenTimeoutException extends Exception {

        FirstTokenTimeoutException(Duration waited) {
            super("the model wrote nothing within " + waited.toMillis() + " ms");
        }
    }

    /** Transient failures are retried; timeouts, client errors and half-streamed answers are not. */
    static boolean retryable(Throwable error) {
        if (timedOut(error)) {
            // The HTTP client's own timeout can fire before the guard's: either way, no second call.
            return false;
        }
        if (error instanceof TimeoutException
                || error instanceof FirstTokenTimeoutException
                || error instanceof CircuitBreakerOpenException
                || error instanceof PartialOutputException
                || error instanceof NonRetriableException
                || error instanceof InterruptedException) {
            return false;
        }
        if (error instanceof HttpException http) {
            return http.statusCode() >= 500 || http.statusCode() == 429;
        }
        Log.debugf("Retrying model call after %s", error.getClass().getName());
        return true;
    }

    static boolean timedOut(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause.getClass().getSimpleName().contains("Timeout")) {
                return true;
            }
        }
        return false;
    }

    private static Exception asException(Throwable error) {
        return error instanceof Exception e ? e : new IllegalStateException(error);
    }

    private record Chunk(String partial, String complete, Throwable error) {}

    /** The model failed after part of its answer had been handed on: retrying would repeat it. */
    static final class PartialOutputException extends RuntimeException {

        PartialOutputException(Throwable cause) {
            super("model failed mid-stream: " + cause.getMessage(), cause);
        }
    }
}
