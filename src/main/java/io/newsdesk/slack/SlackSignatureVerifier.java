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
 * timestamp close to now so a captured request cannot be replayed later.
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

    /** Returns when the request is authentic; throws {@link SlackRequestRejectedException} otherwise. */
    void verify(String timestamp, String signature, byte[] body) {
        String secret = config.signingSecret().filter(s -> !s.isBlank())
                .orElseThrow(SlackRequestRejectedException::notConfigured);
        if (timestamp == null || signature == null) {
            throw SlackRequestRejectedException.unauthorized("missing X-Slack-Request-Timestamp or X-Slack-Signature");
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            throw SlackRequestRejectedException.unauthorized("X-Slack-Request-Timestamp is not a number");
        }
        Duration skew = Duration.between(Instant.ofEpochSecond(seconds), clock.instant()).abs();
        if (skew.compareTo(config.maxClockSkew()) > 0) {
            throw SlackRequestRejectedException.unauthorized("request timestamp is too far from now");
        }
        if (!matches(secret, timestamp.strip(), body, signature.strip())) {
            throw SlackRequestRejectedException.unauthorized("signature does not match");
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
