package io.newsdesk.answer.llm;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * The OpenAI-compatible chat model used when {@code newsdesk.answer.mode=llm}: where it is, how
 * long it may take, how failures are retried and when the circuit opens. Nothing here is read in
 * extractive mode.
 */
@ConfigMapping(prefix = "newsdesk.llm")
public interface LlmConfig {

    /** Base URL of the OpenAI-compatible API (environment: NEWSDESK_LLM_BASE_URL); Ollama: http://localhost:11434/v1. */
    @WithDefault("https://api.openai.com/v1")
    String baseUrl();

    /** Model name (environment: NEWSDESK_LLM_MODEL). */
    @WithDefault("gpt-4o-mini")
    String model();

    /** API key, from the environment only (NEWSDESK_LLM_API_KEY); local servers such as Ollama ignore it. */
    Optional<String> apiKey();

    /** Sampling temperature; 0 keeps answers close to the sources and repeatable. */
    @WithDefault("0.0")
    double temperature();

    /** Most tokens the model may write per answer. */
    @WithDefault("400")
    int maxTokens();

    /** Folder the prompt files (system.txt, answer.txt, rewrite.txt) are read from at start-up. */
    @WithDefault("prompts")
    String promptsDir();

    /** Deadline of one model call; past it the extractive answer is returned (mode extractive_fallback). */
    @WithDefault("20s")
    Duration timeout();

    /**
     * How long the model may take to start answering; past it the extractive answer is sent (mode
     * extractive_fallback, notice llm_unavailable) and the model counts as degraded.
     */
    @WithDefault("4s")
    Duration firstTokenTimeout();

    /** Retries after a failure worth retrying (connection, 5xx, 429); never after a timeout or once text has streamed. */
    @WithDefault("1")
    int maxRetries();

    /** Pause before a retry. */
    @WithDefault("250ms")
    Duration retryDelay();

    /** Least share of an answer sentence's content words found in the sentences it cites (0 turns the check off). */
    @WithDefault("0.5")
    double minSupport();

    /** When to stop calling a failing model for a while. */
    CircuitBreaker circuitBreaker();

    /** The circuit opens when failure-ratio of the last request-volume calls failed, for delay. */
    interface CircuitBreaker {

        /** Calls in the rolling window. */
        @WithDefault("4")
        int requestVolume();

        /** Failed share of the window that opens the circuit. */
        @WithDefault("0.5")
        double failureRatio();

        /** How long the circuit stays open before one trial call. */
        @WithDefault("30s")
        Duration delay();
    }
}
