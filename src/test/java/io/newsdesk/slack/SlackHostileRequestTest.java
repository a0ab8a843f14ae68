package io.newsdesk.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.newsdesk.slack.SlackRequests.BOT;
import static io.newsdesk.slack.SlackRequests.FORM;
import static io.newsdesk.slack.SlackRequests.JSON;
import static io.newsdesk.slack.SlackRequests.PROBLEM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;

import io.newsdesk.testing.ArchiveFixture;
import io.newsdesk.testing.ChunkedUpload;
import io.newsdesk.testing.Poll;
import io.newsdesk.testing.SampleArchive;
import io.newsdesk.testing.SlackWireMock;
import io.newsdesk.testing.TestClock;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests a hostile or careless client sends to the Slack endpoints: timestamps of any size, bodies that are
 * signed but malformed, bodies too large to be Slack's. Never a 5xx, and problem+json for every refusal.
 */
@QuarkusTest
@WithTestResource(value = SlackWireMock.class, scope = TestResourceScope.GLOBAL)
class SlackHostileRequestTest {

    private static final String URL_CHECK = "{\"type\":\"url_verification\",\"challenge\":\"c\"}";
    private static final int BODY_LIMIT = 64 * 1024;
    private static final Duration DEADLINE = Duration.ofSeconds(5);

    private static boolean loaded;

    @Inject
    TestClock clock;

    @Inject
    AnswerQueue queue;

    @Inject
    ArchiveFixture archive;

    @TestHTTPResource("/")
    URL base;

    private SlackRequests requests;

    @BeforeEach
    void prepare() {
        clock.reset();
        requests = new SlackRequests(clock);
        Poll.until("answers of earlier tests", DEADLINE, () -> queue.pending() == 0);
        SlackWireMock.reset();
        if (!loaded) {
            SampleArchive.load(archive);
            loaded = true;
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "9223372036854775807",
                "-9223372036854775808",
                "100000000000000000",
                "-100000000000000000",
                "31556889864403200",
                "1e17",
                "1700000000.5",
                "-1",
                "0x10",
                "",
                " "
            })
    void should_refuse_a_signed_request_with_401_problem_when_its_timestamp_is_not_near_now(String timestamp) {
        // when / then: signed exactly as Slack signs, so only the timestamp is wrong
        SlackRequests.signedAt(timestamp, "/slack/events", JSON, URL_CHECK)
                .then()
                .statusCode(401)
                .contentType(PROBLEM)
                .body("status", equalTo(401))
                .body("detail", containsStringIgnoringCase("timestamp"));
        SlackRequests.signedAt(timestamp, "/slack/commands", FORM, "text=hello")
                .then()
                .statusCode(401)
                .contentType(PROBLEM)
                .body("detail", containsStringIgnoringCase("timestamp"));
    }

    @Test
    void should_refuse_an_unsigned_60_mb_upload_with_401_before_its_body_is_sent() throws IOException {
        // when: only the headers are written, announcing 60 MB that never come
        String head = responseHeadBeforeTheBody("/slack/events", "Content-Length: 60000000");

        // then
        assertThat(head).startsWith("HTTP/1.1 401").containsIgnoringCase("content-type: " + PROBLEM);
    }

    @Test
    void should_refuse_a_fresh_request_announcing_60_mb_with_413_before_its_body_is_sent() throws IOException {
        // given: headers as Slack sends them, except for the size
        String timestamp = Long.toString(clock.instant().getEpochSecond());

        // when
        String events = responseHeadBeforeTheBody(
                "/slack/events",
                "Content-Length: 60000000",
                "X-Slack-Request-Timestamp: " + timestamp,
                "X-Slack-Signature: v0=" + "0".repeat(64));
        String commands = responseHeadBeforeTheBody(
                "/slack/commands",
                "Content-Length: 60000000",
                "X-Slack-Request-Timestamp: " + timestamp,
                "X-Slack-Signature: v0=" + "0".repeat(64));

        // then
        assertThat(events).startsWith("HTTP/1.1 413").containsIgnoringCase("content-type: " + PROBLEM);
        assertThat(commands).startsWith("HTTP/1.1 413").containsIgnoringCase("content-type: " + PROBLEM);
    }

    @Test
    void should_refuse_a_stale_request_with_401_before_its_body_is_sent() throws IOException {
        // given
        String stale =
                Long.toString(clock.instant().minus(Duration.ofMinutes(6)).getEpochSecond());

        // when
        String head = responseHeadBeforeTheBody(
                "/slack/commands",
                "Content-Length: 1000",
                "X-Slack-Request-Timestamp: " + stale,
                "X-Slack-Signature: v0=" + "0".repeat(64));

        // then
        assertThat(head).startsWith("HTTP/1.1 401").containsIgnoringCase("content-type: " + PROBLEM);
    }

    @Test
    void should_refuse_a_chunked_body_past_the_limit_with_413_even_when_signed() throws Exception {
        // given: no Content-Length, so the size is only known while reading
        String padded = URL_CHECK.replace("}", " ".repeat(2 * BODY_LIMIT) + "}");
        String timestamp = Long.toString(clock.instant().getEpochSecond());

        // when
        HttpResponse<String> response = ChunkedUpload.post(
                base,
                "/slack/events",
                padded.getBytes(StandardCharsets.UTF_8),
                "Content-Type",
                JSON,
                "X-Slack-Request-Timestamp",
                timestamp,
                "X-Slack-Signature",
                SlackRequests.sign(timestamp, padded));

        // then
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith(PROBLEM));
        assertThat(response.body()).contains("newsdesk.slack.max-body-size");
    }

    @Test
    void should_accept_a_signed_body_at_the_limit_and_refuse_one_past_it_with_413() {
        // given
        String padded = URL_CHECK.replace("}", " ".repeat(BODY_LIMIT - URL_CHECK.length() - 10) + "}");

        // when / then
        requests.signed("/slack/events", JSON, padded).then().statusCode(200).body("challenge", equalTo("c"));
        requests.signed("/slack/events", JSON, padded + " ".repeat(20))
                .then()
                .statusCode(413)
                .contentType(PROBLEM)
                .body("detail", containsString(String.valueOf(BODY_LIMIT)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text=%zz", "text=100%", "text=%e", "%zz=who", "text=who&response_url=%G0"})
    void should_refuse_a_signed_command_with_400_problem_when_its_form_is_not_url_encoded(String body) {
        // when / then
        requests.signed("/slack/commands", FORM, body)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("status", equalTo(400))
                .body("detail", containsString("%25"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "not json",
                "{\"type\":",
                "[]",
                "[{\"type\":\"url_verification\"}]",
                "\"text\"",
                "42",
                "null",
                "{\"type\":\"url_verification\",\"challenge\":{\"a\":1}}",
                "{\"type\":\"url_verification\",\"challenge\":null}"
            })
    void should_refuse_a_signed_event_with_400_problem_when_it_is_not_a_usable_json_object(String body) {
        // when / then
        requests.signed("/slack/events", JSON, body)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("status", equalTo(400))
                .body("detail", containsString("JSON"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"channel\":{\"id\":\"C1\"}",
                "\"channel\":null",
                "\"channel\":42",
                "\"channel\":\" \"",
                "\"ts\":{\"a\":1}",
                "\"ts\":null",
                "\"ts\":[1]",
                "\"thread_ts\":{\"a\":1}",
                "\"text\":{\"a\":1}",
                "\"text\":[\"who vetoed\"]",
                "\"user\":{\"id\":\"UPERSON\"}"
            })
    void should_acknowledge_without_posting_a_signed_mention_when_a_field_has_the_wrong_type(String field) {
        // given: a mention of its own (not one already answered) whose field is then given a value of the wrong
        // type (in JSON the last one wins)
        String event = SlackRequests.callback(
                UUID.randomUUID().toString(),
                "{\"type\":\"app_mention\","
                        + "\"user\":\"UPERSON\",\"text\":\"<@" + BOT + "> who vetoed the UN resolution?\",\"ts\":\""
                        + System.nanoTime() + ".1\",\"channel\":\"" + SlackRequests.channel() + "\"," + field + "}");

        // when
        requests.signed("/slack/events", JSON, event).then().statusCode(200);

        // then
        Poll.until("the answer queue to drain", DEADLINE, () -> queue.pending() == 0);
        assertThat(SlackWireMock.server().findAll(postRequestedFor(urlEqualTo(SlackWireMock.POST_MESSAGE))))
                .isEmpty();
    }

    @Test
    void should_acknowledge_without_posting_a_signed_callback_whose_ids_have_the_wrong_type() {
        // given: two mentions, each in a channel of its own
        String mention = "{\"type\":\"app_mention\",\"user\":\"UPERSON\",\"text\":\"who?\",\"ts\":\"1.3\","
                + "\"channel\":\"%s\"}";
        String wrongEventId = SlackRequests.callback(
                        UUID.randomUUID().toString(), mention.formatted(SlackRequests.channel()))
                .replaceFirst("\"event_id\":\"[^\"]*\"", "\"event_id\":{\"id\":1}");
        String wrongTeam = SlackRequests.callback(
                        UUID.randomUUID().toString(), mention.formatted(SlackRequests.channel()))
                .replace("\"team_id\":\"T0001\",\"api_app_id\"", "\"team_id\":[\"T0001\"],\"api_app_id\"");
        String wrongEvent = "{\"type\":\"event_callback\",\"event_id\":\"Ev1\",\"event\":\"app_mention\"}";

        // when
        for (String body : new String[] {wrongEventId, wrongTeam, wrongEvent}) {
            requests.signed("/slack/events", JSON, body).then().statusCode(200);
        }

        // then
        Poll.until("the answer queue to drain", DEADLINE, () -> queue.pending() == 0);
        assertThat(SlackWireMock.server().findAll(postRequestedFor(urlEqualTo(SlackWireMock.POST_MESSAGE))))
                .isEmpty();
    }

    @Test
    void should_answer_a_mention_whose_text_holds_what_a_regex_replacement_would_read_as_a_group() {
        // given: another user's mention with a label holding $9 and a trailing backslash
        String channel = SlackRequests.channel();
        String event = SlackRequests.mention(
                UUID.randomUUID().toString(),
                channel,
                "1700000010.000100",
                null,
                "<@" + BOT + "> who vetoed the UN resolution? cc <@UOTHER|$9 \\>");

        // when
        requests.signed("/slack/events", JSON, event).then().statusCode(200);

        // then
        Poll.until(
                "the answer in " + channel,
                DEADLINE,
                () -> !SlackWireMock.server()
                        .findAll(postRequestedFor(urlEqualTo(SlackWireMock.POST_MESSAGE)))
                        .isEmpty());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1:%d/commands/T0001/",
                "https://evil.example/commands/T0001/",
                "https://hooks.slack.com.evil.example/commands/T0001/",
                "http://hooks.slack.com@127.0.0.1:%d/commands/"
            })
    void should_acknowledge_a_command_whose_response_url_is_not_slacks_and_post_nothing(String foreign) {
        // given: the fake Slack listens on 127.0.0.1 too, but only localhost is allowed in the test profile
        String responseUrl = String.format(foreign, SlackWireMock.server().port()) + UUID.randomUUID();
        String form = SlackRequests.form(Map.of(
                "command",
                "/ask",
                "text",
                "who vetoed the UN resolution?",
                "response_url",
                responseUrl,
                "trigger_id",
                UUID.randomUUID().toString()));

        // when / then
        requests.signed("/slack/commands", FORM, form)
                .then()
                .statusCode(200)
                .body("response_type", equalTo("ephemeral"))
                .body("text", containsString("newsdesk.slack.response-url-hosts"));
        Poll.until("the answer queue to drain", DEADLINE, () -> queue.pending() == 0);
        assertThat(SlackWireMock.server().getAllServeEvents()).isEmpty();
    }

    /**
     * Writes a POST's request line and headers, never its body, and returns the response's status line and
     * headers: the service must answer within the deadline without waiting for the body.
     */
    private String responseHeadBeforeTheBody(String path, String... headers) throws IOException {
        StringBuilder request = new StringBuilder(
                "POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\n" + "Content-Type: " + JSON + "\r\n");
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout((int) DEADLINE.toMillis());
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return head(socket.getInputStream());
        }
    }

    /** The bytes up to the blank line that ends a response's headers (a read past the deadline fails). */
    private static String head(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        return head.toString(StandardCharsets.US_ASCII);
    }
}
