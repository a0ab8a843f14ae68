package io.newsdesk.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlackSignatureVerifierTest {

    // Slack's documented example ("Verifying requests from Slack").
    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final String TIMESTAMP = "1531420618";
    private static final byte[] BODY = ("token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow"
                    + "&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner"
                    + "&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J"
                    + "%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c4"
                    + "47fce8b6703c")
            .getBytes(StandardCharsets.UTF_8);
    private static final String SIGNATURE = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    @Test
    void should_compute_the_signature_of_slacks_documented_example() {
        // when
        String signature = SlackSignatureVerifier.sign(SECRET, TIMESTAMP, BODY);

        // then
        assertThat(signature).isEqualTo(SIGNATURE);
        assertThat(SlackSignatureVerifier.matches(SECRET, TIMESTAMP, BODY, SIGNATURE))
                .isTrue();
    }

    @Test
    void should_refuse_when_body_timestamp_secret_or_signature_differ() {
        // given
        byte[] tampered = new String(BODY, StandardCharsets.UTF_8)
                .replace("text=", "text=x")
                .getBytes(StandardCharsets.UTF_8);

        // then
        assertThat(SlackSignatureVerifier.matches(SECRET, TIMESTAMP, tampered, SIGNATURE))
                .isFalse();
        assertThat(SlackSignatureVerifier.matches(SECRET, "1531420619", BODY, SIGNATURE))
                .isFalse();
        assertThat(SlackSignatureVerifier.matches("another-secret", TIMESTAMP, BODY, SIGNATURE))
                .isFalse();
        assertThat(SlackSignatureVerifier.matches(SECRET, TIMESTAMP, BODY, SIGNATURE.toUpperCase()))
                .isFalse();
        assertThat(SlackSignatureVerifier.matches(SECRET, TIMESTAMP, BODY, "")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            longs = {
                Long.MAX_VALUE,
                Long.MIN_VALUE,
                Long.MIN_VALUE + 1_700_000_000L,
                100_000_000_000_000_000L,
                -100_000_000_000_000_000L,
                31_556_889_864_403_200L,
                -1,
                0,
                1_700_000_000L - 301,
                1_700_000_000L + 301
            })
    void should_call_a_timestamp_stale_when_it_is_far_from_now_however_far(long seconds) {
        // given
        Instant now = Instant.ofEpochSecond(1_700_000_000L);

        // when
        boolean fresh = SlackSignatureVerifier.fresh(seconds, now, Duration.ofMinutes(5));

        // then
        assertThat(fresh).isFalse();
    }

    @ParameterizedTest
    @ValueSource(longs = {1_700_000_000L, 1_700_000_000L - 300, 1_700_000_000L + 300})
    void should_call_a_timestamp_fresh_when_it_is_within_the_skew(long seconds) {
        // when / then
        assertThat(SlackSignatureVerifier.fresh(seconds, Instant.ofEpochSecond(1_700_000_000L), Duration.ofMinutes(5)))
                .isTrue();
    }
}
