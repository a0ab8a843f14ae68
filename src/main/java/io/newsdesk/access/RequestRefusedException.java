package io.newsdesk.access;

import java.time.Duration;
import java.util.Optional;

/**
 * A request refused at the door, before any work: no or unknown key (401), a key without the
 * scope (403), a body over the limit (413), over the rate limit (429), or the service at capacity
 * (503). Its message is the problem's {@code detail}; it never holds a key.
 */
public final class RequestRefusedException extends RuntimeException {

    /** Why a request was refused, with its HTTP status, problem type and title. */
    public enum Reason {
        UNAUTHENTICATED(401, "unauthorized", "Unauthorized"),
        FORBIDDEN(403, "forbidden", "Forbidden"),
        TOO_LARGE(413, "too-large", "Content too large"),
        RATE_LIMITED(429, "rate-limited", "Too many requests"),
        BUSY(503, "busy", "Service busy");

        private final int status;
        private final String type;
        private final String title;

        Reason(int status, String type, String title) {
            this.status = status;
            this.type = type;
            this.title = title;
        }

        public int status() {
            return status;
        }

        /** The last segment of the problem type URI. */
        public String type() {
            return type;
        }

        public String title() {
            return title;
        }
    }

    /** The {@code WWW-Authenticate} challenge sent with every 401. */
    public static final String CHALLENGE = "Bearer realm=\"newsdesk\"";

    private final Reason reason;
    private final transient Duration retryAfter;

    RequestRefusedException(Reason reason, String detail, Duration retryAfter) {
        // Refusals are expected traffic (a 429 storm): no stack trace to fill.
        super(detail, null, false, false);
        this.reason = reason;
        this.retryAfter = retryAfter;
    }

    RequestRefusedException(Reason reason, String detail) {
        this(reason, detail, null);
    }

    public Reason reason() {
        return reason;
    }

    /** Whole seconds for {@code Retry-After} (at least 1), with 429 and 503. */
    public Optional<Long> retryAfterSeconds() {
        return Optional.ofNullable(retryAfter).map(RequestRefusedException::seconds);
    }

    /** A wait in whole seconds, rounded up, at least 1. */
    static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
