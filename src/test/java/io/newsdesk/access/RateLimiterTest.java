package io.newsdesk.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.testing.TestClock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final TestClock clock = new TestClock();
    private final RateLimiter limiter = new RateLimiter(clock, 6);

    @Test
    void should_refuse_the_request_past_the_limit_and_say_when_the_next_token_comes() {
        // given
        for (int i = 0; i < 6; i++) {
            assertThat(limiter.acquire("10.0.0.1")).isEmpty();
        }

        // when
        Optional<Duration> wait = limiter.acquire("10.0.0.1");

        // then: 6 a minute is one token every 10 s, and another client has its own bucket
        assertThat(wait).isPresent();
        assertThat(wait.get()).isBetween(Duration.ofSeconds(9), Duration.ofSeconds(10));
        assertThat(limiter.acquire("10.0.0.2")).isEmpty();
    }

    @Test
    void should_allow_again_once_a_token_has_refilled() {
        // given
        for (int i = 0; i < 6; i++) {
            limiter.acquire("10.0.0.1");
        }
        assertThat(limiter.acquire("10.0.0.1")).isPresent();

        // when
        clock.advance(Duration.ofSeconds(10));

        // then
        assertThat(limiter.acquire("10.0.0.1")).isEmpty();
        assertThat(limiter.acquire("10.0.0.1")).isPresent();
    }

    @Test
    void should_never_refuse_when_the_budget_is_zero() {
        // given
        RateLimiter off = new RateLimiter(clock, 0);

        // when / then
        for (int i = 0; i < 10_000; i++) {
            assertThat(off.acquire("10.0.0.1")).isEmpty();
        }
    }
}
