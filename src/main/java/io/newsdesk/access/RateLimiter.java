package io.newsdesk.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One rate-limit budget: a token bucket per client (a key's name or an address) holding
 * {@code perMinute} tokens, refilled evenly over a minute. Buckets are small and forgotten once full
 * again, so memory stays bounded by the clients of the last minute. {@code perMinute <= 0} means
 * no limit.
 */
final class RateLimiter {

    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int FORGET_ABOVE = 10_000;

    /** Tokens left and when they were counted. */
    private record Bucket(double tokens, Instant at) {}

    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Clock clock;
    private final double capacity;

    RateLimiter(Clock clock, int perMinute) {
        this.clock = clock;
        this.capacity = perMinute;
    }

    /** Takes one token for {@code client}: empty when allowed, otherwise how long until the next token. */
    Optional<Duration> acquire(String client) {
        if (capacity <= 0) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Bucket[] taken = new Bucket[1];
        buckets.compute(client, (key, bucket) -> {
            Bucket refilled = refill(bucket, now);
            taken[0] = refilled;
            return refilled.tokens() >= 1 ? new Bucket(refilled.tokens() - 1, now) : refilled;
        });
        if (taken[0].tokens() >= 1) {
            forgetFullBuckets(now);
            return Optional.empty();
        }
        double perToken = WINDOW.toMillis() / capacity;
        long waitMillis = (long) Math.ceil((1 - taken[0].tokens()) * perToken);
        return Optional.of(Duration.ofMillis(Math.max(1, waitMillis)));
    }

    private Bucket refill(Bucket bucket, Instant now) {
        if (bucket == null) {
            return new Bucket(capacity, now);
        }
        // A clock that went back (tests) refills nothing rather than a negative amount.
        long elapsed = Math.max(0, Duration.between(bucket.at(), now).toMillis());
        double tokens = Math.min(capacity, bucket.tokens() + elapsed * capacity / WINDOW.toMillis());
        return new Bucket(tokens, elapsed > 0 ? now : bucket.at());
    }

    private void forgetFullBuckets(Instant now) {
        if (buckets.size() > FORGET_ABOVE) {
            buckets.entrySet().removeIf(entry -> refill(entry.getValue(), now).tokens() >= capacity);
        }
    }
}
