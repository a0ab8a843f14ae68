package io.newsdesk.slack;

import com.slack.api.app_backend.SlackSignature;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Checks that a request comes from Slack, before anything else reads it: the {@code v0} HMAC-SHA256
 * of {@code v0:timestamp:raw body} with the app's signing secret, compared in constant time, and a
 * timestamp close to now so a captured request cannot be replayed later. What the headers alone
 * tell is judged before the body is read ({@link SlackRequestFilter}). The HMAC is the SDK's; it hashes with the
 * JVM's default charset, so a JVM whose default is not UTF-8 (Java 17 in a non-UTF-8 locale) refuses Slack requests
 * with 503 rather than misjudging every message with an accent.
 */
@ApplicationScoped
class SlackSignatureVerifier {

    private final SlackConfig config;
    private final Clock clock;

    SlackSignatureVerifier(SlackConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /**
     * Judges what the headers alone tell, before the body is read: Slack is configured, both headers are there,
     * and the timestamp is a whole number of seconds close to now. Returns the request's time; throws
     * {@link SlackRequestRejectedException} otherwise.
     */
    Instant checkHeaders(String timestamp, String signature) {
        secret();
        if (timestamp == null || signature == null) {
            throw SlackRequestRejectedException.unauthorized("X-Slack-Request-Timestamp and X-Slack-Signature are"
                    + " required; sign each request with the Slack app's signing secret");
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            throw SlackRequestRejectedException.unauthorized("the request timestamp (X-Slack-Request-Timestamp) is"
                    + " not a whole number of seconds since 1970");
        }
        if (!fresh(seconds, clock.instant(), config.maxClockSkew())) {
            throw SlackRequestRejectedException.unauthorized("the request timestamp is more than "
                    + config.maxClockSkew().toSeconds() + " seconds from this server's clock (a replay, or a clock"
                    + " out of sync)");
        }
        return Instant.ofEpochSecond(seconds);
    }

    /** An authentic request's body and the time it was sent ({@code X-Slack-Request-Timestamp}). */
    record Verified(byte[] body, Instant sent) {}

    /**
     * Reads the body (no further than one byte past {@code newsdesk.slack.max-body-size}, so an endless chunked
     * upload is refused early) and checks its signature; throws {@link SlackRequestRejectedException} unless the
     * request is authentic.
     */
    Verified verify(String timestamp, String signature, InputStream stream) {
        byte[] body = read(stream);
        Instant sent = checkHeaders(timestamp, signature);
        if (!matches(secret(), timestamp.strip(), body, signature.strip())) {
            throw SlackRequestRejectedException.unauthorized("X-Slack-Signature does not match the body; sign"
                    + " v0:timestamp:body with the Slack app's signing secret");
        }
        return new Verified(body, sent);
    }

    private byte[] read(InputStream stream) {
        int limit = (int) Math.min(config.maxBodySize().asLongValue(), Integer.MAX_VALUE - 1);
        try {
            byte[] body = stream.readNBytes(limit + 1);
            if (body.length > limit) {
                throw SlackRequestRejectedException.tooLarge(limit);
            }
            return body;
        } catch (IOException e) {
            throw SlackRequestRejectedException.badRequest("the body could not be read to its end; send it again");
        }
    }

    private String secret() {
        if (!StandardCharsets.UTF_8.equals(Charset.defaultCharset())) {
            throw SlackRequestRejectedException.unavailable("this server's JVM does not default to UTF-8, so Slack"
                    + " signatures cannot be checked; run it with -Dfile.encoding=UTF-8");
        }
        return config.signingSecret()
                .filter(s -> !s.isBlank())
                .orElseThrow(SlackRequestRejectedException::notConfigured);
    }

    /**
     * Whether {@code seconds} (any long a client sent) is within {@code maxSkew} of {@code now}. Counted in whole
     * seconds with exact arithmetic: a timestamp beyond what an {@link Instant} holds, or so far away that the
     * difference overflows, is simply not fresh.
     */
    static boolean fresh(long seconds, Instant now, Duration maxSkew) {
        try {
            return Math.absExact(Math.subtractExact(seconds, now.getEpochSecond())) <= maxSkew.getSeconds();
        } catch (ArithmeticException e) {
            return false;
        }
    }

    /**
     * Whether {@code signature} is the v0 signature of {@code body} sent at {@code timestamp}: computed by the SDK's
     * {@link SlackSignature.Generator}, compared here in constant time (the SDK's {@code Verifier} compares with
     * {@code String.equals}, accepts any timestamp in the future and logs whole bodies at debug level).
     */
    static boolean matches(String secret, String timestamp, byte[] body, String signature) {
        byte[] expected = sign(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
    }

    /** The {@code v0=<hex>} signature of a request (tests sign their requests with it). */
    static String sign(String secret, String timestamp, byte[] body) {
        return new SlackSignature.Generator(secret).generate(timestamp, new String(body, StandardCharsets.UTF_8));
    }
}
