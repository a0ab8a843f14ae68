package io.newsdesk.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import io.newsdesk.testing.LlmTestProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The guard around the model, on its own circuit (the app's shared client is not touched). */
@QuarkusTest
@TestProfile(LlmTestProfile.class)
@Tag("llm")
class GuardedChatClientTest {

    @Test
    void should_open_the_circuit_after_failures_and_stop_calling_the_model() {
        // given a model that always fails and a circuit of two calls with no retries
        AtomicInteger calls = new AtomicInteger();
        StreamingChatModel failing = new StreamingChatModel() {
            @Override
            public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
                calls.incrementAndGet();
                handler.onError(new HttpException(500, "down"));
            }
        };
        GuardedChatClient client = new GuardedChatClient(failing, config(0, 2));
        List<dev.langchain4j.data.message.ChatMessage> messages = List.of(UserMessage.from("hello"));
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> client.complete(messages, chunk -> {})).isInstanceOf(HttpException.class);
        }

        // when
        long start = System.nanoTime();
        Throwable third = org.assertj.core.api.Assertions.catchThrowable(() -> client.complete(messages, chunk -> {}));

        // then
        assertThat(third).isInstanceOf(CircuitBreakerOpenException.class);
        assertThat(calls).hasValue(2);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(100));
    }

    @Test
    void should_not_retry_once_part_of_the_answer_has_streamed() {
        // given a model that streams a chunk, then fails
        AtomicInteger calls = new AtomicInteger();
        StreamingChatModel halfway = new StreamingChatModel() {
            @Override
            public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
                calls.incrementAndGet();
                handler.onPartialResponse("Russian Federation");
                handler.onError(new HttpException(502, "connection reset"));
            }
        };
        GuardedChatClient client = new GuardedChatClient(halfway, config(3, 100));

        // when
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(
                () -> client.complete(List.of(UserMessage.from("hello")), chunk -> {}));

        // then
        assertThat(failure).isInstanceOf(GuardedChatClient.PartialOutputException.class);
        assertThat(calls).hasValue(1);
    }

    private static LlmConfig config(int retries, int requestVolume) {
        return new LlmConfig() {
            public String baseUrl() {
                return "http://localhost:1/v1";
            }

            public String model() {
                return "test-model";
            }

            public Optional<String> apiKey() {
                return Optional.empty();
            }

            public double temperature() {
                return 0;
            }

            public int maxTokens() {
                return 10;
            }

            public String promptsDir() {
                return "prompts";
            }

            public Duration timeout() {
                return Duration.ofSeconds(1);
            }

            public Duration firstTokenTimeout() {
                return Duration.ofMillis(500);
            }

            public int maxRetries() {
                return retries;
            }

            public Duration retryDelay() {
                return Duration.ofMillis(1);
            }

            public double minSupport() {
                return 0.5;
            }

            public CircuitBreaker circuitBreaker() {
                return new CircuitBreaker() {
                    public int requestVolume() {
                        return requestVolume;
                    }

                    public double failureRatio() {
                        return 0.5;
                    }

                    public Duration delay() {
                        return Duration.ofMinutes(1);
                    }
                };
            }
        };
    }
}
