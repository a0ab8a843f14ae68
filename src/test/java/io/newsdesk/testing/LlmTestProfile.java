package io.newsdesk.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * LLM mode against {@link OpenAiWireMock}: short deadlines (first token, whole call) so timeouts are tested quickly,
 * a short retry pause, and a circuit breaker that only the circuit test can open. Classes using it
 * carry {@code @Tag("llm")}: Maven runs them in a JVM of their own (see the surefire llm-mode execution).
 */
public class LlmTestProfile implements QuarkusTestProfile {

    /** The deadline of one model call in these tests. */
    public static final long TIMEOUT_MILLIS = 3_000;

    /** How long the model may take to start answering in these tests. */
    public static final long FIRST_TOKEN_MILLIS = 1_000;

    /** The heartbeat interval of event streams in these tests. */
    public static final long HEARTBEAT_MILLIS = 200;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "newsdesk.answer.mode", "llm",
                "newsdesk.llm.model", "test-model",
                "newsdesk.llm.api-key", "test-key",
                "newsdesk.llm.timeout", TIMEOUT_MILLIS + "ms",
                "newsdesk.llm.first-token-timeout", FIRST_TOKEN_MILLIS + "ms",
                "newsdesk.chat.heartbeat-interval", HEARTBEAT_MILLIS + "ms",
                "newsdesk.llm.retry-delay", "10ms",
                "newsdesk.llm.max-retries", "1",
                "newsdesk.llm.circuit-breaker.request-volume", "1000");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(OpenAiWireMock.class));
    }
}
