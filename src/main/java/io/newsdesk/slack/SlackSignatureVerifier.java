package io.newsdesk.slack;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks that a request comes from Slack, before anything else reads it: the {@code v0} HMAC-SHA256
 * of {@code v0:timestamp:raw body} with the app's signing secret, compared in constant time, and a
 * timestamp close to now so a captured request cannot be replayed later. What the headers alone
 * tell is judged before the body is read ({@link SlackRequestFilter}).
 */
@ApplicationScoped
class SlackSignatureVerifier {

    private static final String VERSION = "v0";

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

    /**
     * The time the request was sent ({@code X-Slack-Request-Timestamp}) when it is authentic; throws
     * {@link SlackRequestRejectedException} otherwise.
     */
    Instant verify(String timestamp, String signature, byte[] body) {
        Instant sent = checkHeaders(timestamp, signature);
        if (!matches(secret(), timestamp.strip(), body, signature.strip())) {
            throw SlackRequestRejectedException.unauthorized("X-Slack-Signature does not match the body; sign"
                    + " v0:timestamp:body with the Slack app's signing secret");
        }
        return sent;
    }

    private String secret() {
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

    /** Whether {@code signature} is the v0 signature of {@code body} sent at {@code timestamp}. */
    static boolean matches(String secret, String timestamp, byte[] body, String signature) {
        byte[] expected = sign(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
    }

    /** The {@code v0=<hex>} signature of a request (tests sign their requests with it). */
    static String sign(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((VERSION + ":" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
            return VERSION + "=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
