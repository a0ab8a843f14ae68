package io.newsdesk.answer;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Times every question end to end ({@code newsdesk_ask_seconds}, a histogram), tagged by
 * {@code endpoint} (ask, stream, conversation, slack), {@code status} (answered, not_found; invalid
 * for a refused question, error for a failure) and {@code mode} (extractive, llm,
 * extractive_fallback; the configured mode when there is no answer).
 */
@ApplicationScoped
public class AskMetrics {

    static final String NAME = "newsdesk.ask";

    /** Where a question came in. */
    public enum Endpoint {
        ask,
        stream,
        conversation,
        slack
    }

    private final MeterRegistry registry;
    private final String configuredMode;

    AskMetrics(MeterRegistry registry, AnswerConfig config) {
        this.registry = registry;
        this.configuredMode = config.mode();
    }

    /** Runs {@code question}, which answers or throws, and records how long it took and how it ended. */
    public Answer time(Endpoint endpoint, Supplier<Answer> question) {
        long start = System.nanoTime();
        String status = "error";
        String mode = configuredMode;
        try {
            Answer answer = question.get();
            status = answer.status().name();
            mode = answer.mode();
            return answer;
        } catch (InvalidQuestionException e) {
            status = "invalid";
            throw e;
        } finally {
            long nanos = System.nanoTime() - start;
            Timer.builder(NAME)
                    .description("Time to answer a question, from the request to the answer")
                    .tag("endpoint", endpoint.name())
                    .tag("status", status)
                    .tag("mode", mode)
                    .register(registry)
                    .record(nanos, TimeUnit.NANOSECONDS);
            Log.debugf("Question via %s: %s (%s) in %d ms", endpoint, status, mode, nanos / 1_000_000);
        }
    }
}
