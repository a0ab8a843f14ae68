package io.newsdesk.widget;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A token bucket per visitor: {@code newsdesk.widget.rate-limit-per-minute} tokens, refilled evenly
 * over a minute. Buckets are small and forgotten once full again, so memory stays bounded by the
 * visitors of the last minute.
 */
@ApplicationScoped
class VisitorRateLimiter {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    /** Tokens left and when they were counted. */
    private record Bucket(double tokens, Instant at) {
    }

    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Clock clock;
    private final WidgetConfig config;

    VisitorRateLimiter(Clock clock, WidgetConfig config) {
        this.clock = clock;
        this.config = config;
    }

    /** Takes one token for {@code visitor}: empty when allowed, otherwise how long until the next token. */
    Optional<Duration> acquire(String visitor) {
        Instant now = clock.instant();
        double capacity = Math.max(1, config.rateLimitPerMinute());
        Bucket[] taken = new Bucket[1];
        buckets.compute(visitor, (key, bucket) -> {
            Bucket refilled = refill(bucket, now, capacity);
            taken[0] = refilled;
            return refilled.tokens() >= 1 ? new Bucket(refilled.tokens() - 1, now) : refilled;
        });
        if (taken[0].tokens() >= 1) {
            forgetFullBuckets(now, capacity);
            return Optional.empty();
        }
        double perToken = WINDOW.toMillis() / capacity;
        long waitMillis = (long) Math.ceil((1 - taken[0].tokens()) * perToken);
        return Optional.of(Duration.ofMillis(Math.max(1, waitMillis)));
    }

    private static Bucket refill(Bucket bucket, Instant now, double capacity) {
        if (bucket == null) {
            return new Bucket(capacity, now);
        }
        // A clock that went back (tests) refills nothing rather than a negative amount.
        long elapsed = Math.max(0, Duration.between(bucket.at(), now).toMillis());
        double tokens = Math.min(capacity, bucket.tokens() + elapsed * capacity / WINDOW.toMillis());
        return new Bucket(tokens, elapsed > 0 ? now : bucket.at());
    }

    private void forgetFullBuckets(Instant now, double capacity) {
        if (buckets.size() > 10_000) {
            buckets.entrySet().removeIf(entry -> refill(entry.getValue(), now, capacity).tokens() >= capacity);
        }
    }
}
