package io.newsdesk.answer.llm;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How the model of LLM mode is doing, from its latest call: {@code available} after a call that
 * answered, {@code degraded} after one that failed (the extractive answer stood in), {@code unknown}
 * before the first. Shown on readiness (never down: the extractive answer still serves) and as
 * {@code newsdesk_llm_available} (1, 0; NaN while unknown) with {@code newsdesk_llm_fallbacks_total}
 * by reason.
 */
@ApplicationScoped
class ModelState {

    /** Why the extractive answer stood in. */
    enum Fallback {
        first_token_timeout,
        timeout,
        circuit_open,
        error,
        ungrounded
    }

    /** The latest state, with the reason of a degradation and when it began. */
    record Snapshot(String state, Fallback reason, Instant since) {}

    private final Clock clock;
    private final MeterRegistry registry;
    private final Map<Fallback, Counter> fallbacks = new ConcurrentHashMap<>();
    private volatile Snapshot current;

    ModelState(Clock clock, MeterRegistry registry) {
        this.clock = clock;
        this.registry = registry;
        this.current = new Snapshot("unknown", null, clock.instant());
        Gauge.builder("newsdesk.llm.available", this, ModelState::availability)
                .description("1 when the latest model call answered, 0 when it failed; NaN before the first")
                .register(registry);
    }

    /** The model answered. */
    void answered() {
        if (!"available".equals(current.state())) {
            current = new Snapshot("available", null, clock.instant());
        }
    }

    /** The model did not answer (or nothing it wrote was grounded); the extractive answer stands in. */
    void fellBack(Fallback reason) {
        fallbacks
                .computeIfAbsent(
                        reason,
                        r -> Counter.builder("newsdesk.llm.fallbacks")
                                .description("LLM-mode answers given by the extractive answerer instead, by reason")
                                .tag("reason", r.name())
                                .register(registry))
                .increment();
        if (reason == Fallback.ungrounded) {
            // the model answered; the check refused its text
            answered();
        } else if (!"degraded".equals(current.state()) || current.reason() != reason) {
            current = new Snapshot("degraded", reason, clock.instant());
        }
    }

    Snapshot snapshot() {
        return current;
    }

    private double availability() {
        return switch (current.state()) {
            case "available" -> 1;
            case "degraded" -> 0;
            default -> Double.NaN;
        };
    }
}
