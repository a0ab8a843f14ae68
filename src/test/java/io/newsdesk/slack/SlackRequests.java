package io.newsdesk.slack;

import static io.restassured.RestAssured.given;

import io.newsdesk.testing.SampleArchive;
import io.newsdesk.testing.SlackWireMock;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Requests as Slack sends them to the app under test: signed with {@link SlackWireMock#SIGNING_SECRET} at the
 * test clock's time, and the event and command payloads the tests post.
 */
final class SlackRequests {

    static final String BOT = "UNEWSDESK";
    static final String PROBLEM = "application/problem+json";
    static final String JSON = "application/json";
    static final String FORM = "application/x-www-form-urlencoded; charset=utf-8";
    /** The events' event_time: in the week the sample story was news, so a question is asked as of that week. */
    static final long EVENT_TIME = SampleArchive.SEED_NEWS_TIME.getEpochSecond();

    private final Clock clock;

    SlackRequests(Clock clock) {
        this.clock = clock;
    }

    /** POSTs {@code body} signed as Slack would sign it now, with extra headers as name, value pairs. */
    Response signed(String path, String contentType, String body, String... headers) {
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        return signedAt(timestamp, path, contentType, body, headers);
    }

    /** POSTs {@code body} with {@code timestamp} as sent, and the signature Slack would give it. */
    static Response signedAt(String timestamp, String path, String contentType, String body, String... headers) {
        RequestSpecification request = given().contentType(contentType)
                .header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", sign(timestamp, body));
        for (int i = 0; i < headers.length; i += 2) {
            request = request.header(headers[i], headers[i + 1]);
        }
        return request.body(body).post(path);
    }

    /** The v0 signature of {@code body} sent at {@code timestamp}, with the secret the app trusts. */
    static String sign(String timestamp, String body) {
        return SlackSignatureVerifier.sign(SlackWireMock.SIGNING_SECRET, timestamp, bytes(body));
    }

    /** An {@code app_mention} event callback. */
    static String mention(String eventId, String channel, String ts, String threadTs, String text) {
        return callback(eventId, mentionEvent(channel, ts, threadTs, text));
    }

    /** The event of an {@code app_mention} (raw JSON), for {@link #callback}. */
    static String mentionEvent(String channel, String ts, String threadTs, String text) {
        return "{\"type\":\"app_mention\",\"user\":\"UPERSON\",\"text\":" + quote(text)
                + ",\"ts\":\"" + ts + "\",\"channel\":\"" + channel + "\",\"event_ts\":\"" + ts + "\""
                + (threadTs == null ? "" : ",\"thread_ts\":\"" + threadTs + "\"") + "}";
    }

    /** A {@code message.im} event callback; {@code extra} is appended inside the event object. */
    static String directMessage(
            String eventId, String channel, String ts, String threadTs, String user, String text, String extra) {
        return callback(
                eventId,
                "{\"type\":\"message\",\"channel_type\":\"im\""
                        + (user == null ? "" : ",\"user\":\"" + user + "\"") + ",\"text\":" + quote(text) + ",\"ts\":\""
                        + ts
                        + "\",\"channel\":\"" + channel + "\""
                        + (threadTs == null ? "" : ",\"thread_ts\":\"" + threadTs + "\"")
                        + extra + "}");
    }

    /** An event callback around {@code event} (raw JSON) at {@link #EVENT_TIME}, authorised for the bot user {@link #BOT}. */
    static String callback(String eventId, String event) {
        return callback(eventId, event, Long.toString(EVENT_TIME));
    }

    /** As above, with {@code eventTime} as the raw JSON of event_time, or null for an envelope without one. */
    static String callback(String eventId, String event, String eventTime) {
        return "{\"token\":\"legacy\",\"team_id\":\"T0001\",\"api_app_id\":\"A0001\",\"type\":\"event_callback\","
                + "\"event_id\":\"Ev" + eventId + "\","
                + (eventTime == null ? "" : "\"event_time\":" + eventTime + ",") + "\"event\":" + event + ","
                + "\"authorizations\":[{\"team_id\":\"T0001\",\"user_id\":\"" + BOT + "\",\"is_bot\":true}]}";
    }

    /** An {@code /ask} command form asking {@code question}, whose answer goes to {@code responseUrl}. */
    static String askCommand(String question, String responseUrl) {
        return form(Map.of(
                "command",
                "/ask",
                "text",
                question,
                "team_id",
                "T0001",
                "channel_id",
                channel(),
                "user_id",
                "UPERSON",
                "response_url",
                responseUrl,
                "trigger_id",
                UUID.randomUUID().toString()));
    }

    /** A form body with every value URL-encoded. */
    static String form(Map<String, String> fields) {
        List<String> pairs = new ArrayList<>();
        fields.forEach((key, value) -> pairs.add(key + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return String.join("&", pairs);
    }

    /** A fresh channel id, so each test reads only its own posts. */
    static String channel() {
        return "C"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    /** {@code text} as a JSON string, whatever characters it holds. */
    static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
