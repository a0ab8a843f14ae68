package io.newsdesk.slack;

import static io.restassured.RestAssured.given;
import static io.restassured.config.EncoderConfig.encoderConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.EngineFilter.includeEngines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.testing.HostileStrings;
import io.newsdesk.testing.LogCapture;
import io.newsdesk.testing.Poll;
import io.newsdesk.testing.SlackWireMock;
import io.newsdesk.testing.TestClock;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Any request a client may send to the Slack endpoints, signed or not: timestamps of any size and spelling,
 * signatures right, wrong or missing, any content type, any body. The service never answers 5xx, answers every
 * 4xx with problem+json, and logs no error for any of them. jqwik's engine does not start Quarkus, so the one
 * Quarkus test below runs the properties of {@link Requests} through the JUnit Platform once the service is up;
 * they reach it over HTTP with RestAssured on the test port.
 */
@QuarkusTest
@WithTestResource(value = SlackWireMock.class, scope = TestResourceScope.GLOBAL)
class SlackEndpointsPropertiesTest {

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @Inject
    TestClock clock;

    @Inject
    AnswerQueue queue;

    @Test
    void should_never_answer_5xx_and_answer_every_4xx_with_problem_json_whatever_the_request() {
        // given
        clock.reset();
        SlackWireMock.reset();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();

        // when
        try (LogCapture log = LogCapture.of("io.newsdesk", "%-5p %c %s%e")) {
            LauncherFactory.create()
                    .execute(
                            LauncherDiscoveryRequestBuilder.request()
                                    .selectors(selectClass(Requests.class))
                                    .filters(includeEngines("jqwik"))
                                    .build(),
                            listener);
            Poll.until("the answers to the generated questions", DEADLINE, () -> queue.pending() == 0);

            // then
            TestExecutionSummary summary = listener.getSummary();
            // jqwik prints the shrunk sample of a falsified property to the test output
            assertThat(summary.getFailures())
                    .as("falsified properties")
                    .extracting(failure -> failure.getTestIdentifier().getDisplayName() + ": " + failure.getException())
                    .isEmpty();
            assertThat(summary.getTestsSucceededCount()).as("properties run").isEqualTo(1);
            assertThat(log.lines()).extracting(LogCapture.Line::formatted).noneMatch(line -> line.startsWith("ERROR"));
        }
    }

    /** The properties, run by the Quarkus test above (a nested class, so the build does not run it alone). */
    static class Requests {

        /** Stands for the current epoch second in a generated timestamp, filled in when the request is sent. */
        private static final String NOW = "{now}";

        private static final String SIGNED = "{signed}";
        private static final ObjectMapper JSON = new ObjectMapper();

        /** Where a request goes and what it carries. */
        record Target(String path, String body) {}

        @Property(tries = 300)
        void should_answer_any_request_to_the_slack_urls_without_5xx(
                @ForAll("timestamps") String timestamp,
                @ForAll("signatures") String signature,
                @ForAll("contentTypes") String contentType,
                @ForAll("targets") Target target)
                throws IOException {
            // when
            Response response = post(target, timestamp, signature, contentType);

            // then
            int status = response.statusCode();
            assertThat(status)
                    .as(
                            "%s with timestamp %s, signature %s, content type %s answered %s",
                            target.path(), timestamp, signature, contentType, response.asString())
                    .isLessThan(500);
            if (status >= 400) {
                assertThat(response.contentType()).startsWith("application/problem+json");
                JsonNode problem = JSON.readTree(response.asByteArray());
                assertThat(problem.path("status").asInt()).isEqualTo(status);
                assertThat(problem.path("detail").asText()).isNotBlank();
            }
        }

        @Provide
        Arbitrary<Target> targets() {
            return Arbitraries.frequencyOf(
                    Tuple.of(4, eventBodies().map(body -> new Target("/slack/events", body))),
                    Tuple.of(4, commandBodies().map(body -> new Target("/slack/commands", body))),
                    Tuple.of(1, commandBodies().map(body -> new Target("/slack/events", body))),
                    Tuple.of(1, eventBodies().map(body -> new Target("/slack/commands", body))));
        }

        @Provide
        Arbitrary<String> timestamps() {
            return Arbitraries.frequencyOf(
                    Tuple.of(12, Arbitraries.of(NOW, " " + NOW + " ", "+" + NOW)),
                    Tuple.of(2, Arbitraries.of(NOW + ".5", NOW + "e0", "0" + NOW, NOW + NOW, "-" + NOW)),
                    Tuple.of(
                            3,
                            Arbitraries.of(
                                    "9223372036854775807",
                                    "-9223372036854775808",
                                    "9223372036854775808",
                                    "100000000000000000",
                                    "-100000000000000000",
                                    "31556889864403200",
                                    "1e17",
                                    "1E17",
                                    "1.7e9",
                                    "1700000000.5",
                                    "-1",
                                    "0",
                                    "0x10",
                                    "",
                                    " ",
                                    "NaN",
                                    "Infinity",
                                    "\u0661\u0667")),
                    Tuple.of(3, Arbitraries.longs().map(String::valueOf)),
                    Tuple.of(
                            2,
                            Arbitraries.bigIntegers()
                                    .between(BigInteger.TEN.pow(18).negate(), BigInteger.TEN.pow(30))
                                    .map(String::valueOf)),
                    Tuple.of(2, headerText()),
                    Tuple.of(1, Arbitraries.just(null)));
        }

        @Provide
        Arbitrary<String> signatures() {
            return Arbitraries.frequencyOf(
                    Tuple.of(12, Arbitraries.just(SIGNED)),
                    Tuple.of(2, Arbitraries.of("v0=" + "0".repeat(64), "v0=", "v1=" + "a".repeat(64), "", " ")),
                    Tuple.of(2, headerText()),
                    Tuple.of(1, Arbitraries.just(null)));
        }

        @Provide
        Arbitrary<String> contentTypes() {
            return Arbitraries.frequencyOf(
                    Tuple.of(
                            6,
                            Arbitraries.of(
                                    "application/json",
                                    "application/x-www-form-urlencoded",
                                    "application/json; charset=utf-8",
                                    "application/x-www-form-urlencoded; charset=utf-8")),
                    Tuple.of(
                            3,
                            Arbitraries.of(
                                    "text/plain",
                                    "application/octet-stream",
                                    "*/*",
                                    "multipart/form-data; boundary=x",
                                    "application/json; charset=ebcdic",
                                    "application/x-www-form-urlencoded; charset=nonsense",
                                    "text/html; charset=\"",
                                    "application/json;;;",
                                    "a/b/c",
                                    "foo",
                                    "/",
                                    "application/",
                                    ";",
                                    "x/y; =z")),
                    Tuple.of(1, headerText()),
                    Tuple.of(1, Arbitraries.just(null)));
        }

        private static Arbitrary<String> eventBodies() {
            Arbitrary<String> wrongValue = Arbitraries.of(
                    "{}", "{\"id\":\"C1\"}", "[]", "[\"C1\"]", "42", "-1.5e300", "true", "null", "\"\"", "\" \"");
            Arbitrary<String> field = Arbitraries.of(
                    "channel", "ts", "thread_ts", "text", "user", "type", "channel_type", "subtype", "bot_id");
            return Arbitraries.frequencyOf(
                    Tuple.of(
                            4,
                            HostileStrings.hostile()
                                    .map(text -> SlackRequests.mention(
                                            UUID.randomUUID().toString(),
                                            SlackRequests.channel(),
                                            "1700000000.000100",
                                            null,
                                            "<@" + SlackRequests.BOT + "> " + text))),
                    Tuple.of(
                            3,
                            Combinators.combine(field, wrongValue)
                                    .as((name, value) -> SlackRequests.callback(
                                            UUID.randomUUID().toString(),
                                            "{\"type\":\"app_mention\",\"user\":\"UPERSON\",\"text\":"
                                                    + "\"<@UNEWSDESK> who?\",\"ts\":\"1.1\",\"channel\":\"C1\",\""
                                                    + name + "\":"
                                                    + value + "}"))),
                    Tuple.of(
                            2,
                            Combinators.combine(
                                            Arbitraries.of(
                                                    "event_id",
                                                    "team_id",
                                                    "type",
                                                    "event",
                                                    "authorizations",
                                                    "challenge"),
                                            wrongValue)
                                    .as((name, value) -> "{\"type\":" + "\"event_callback\",\"event_id\":\"Ev1\",\""
                                            + name + "\":" + value + "}")),
                    Tuple.of(
                            2,
                            HostileStrings.hostile()
                                    .map(challenge -> "{\"type\":\"url_verification\"," + "\"challenge\":"
                                            + SlackRequests.quote(challenge) + "}")),
                    Tuple.of(2, HostileStrings.hostile()),
                    Tuple.of(
                            1,
                            Arbitraries.of(
                                    "",
                                    "{",
                                    "null",
                                    "[]",
                                    "\"x\"",
                                    "{\"type\":\"url_verification\"}",
                                    "[".repeat(5_000),
                                    "{\"a\":" + "1".repeat(2_000) + "}",
                                    "{\"type\":\"url_verification\",\"challenge\":\"" + " ".repeat(70_000) + "\"}")));
        }

        private static Arbitrary<String> commandBodies() {
            Arbitrary<String> responseUrl = Arbitraries.of(
                    SlackWireMock.server().baseUrl() + "/commands/T0001/",
                    "http://127.0.0.1:" + SlackWireMock.server().port() + "/commands/",
                    "https://evil.example/x/",
                    "javascript:alert(1)//",
                    "https:///commands/",
                    "",
                    "file:///etc/passwd#");
            return Arbitraries.frequencyOf(
                    Tuple.of(
                            5,
                            Combinators.combine(HostileStrings.hostile(), responseUrl)
                                    .as((text, url) -> SlackRequests.form(Map.of(
                                            "command",
                                            "/ask",
                                            "text",
                                            text,
                                            "response_url",
                                            url + UUID.randomUUID(),
                                            "trigger_id",
                                            UUID.randomUUID().toString())))),
                    Tuple.of(
                            3,
                            HostileStrings.hostile()
                                    .map(text -> "text=" + text + "&response_url="
                                            + SlackWireMock.server().baseUrl() + "/commands/T0001/"
                                            + UUID.randomUUID())),
                    Tuple.of(2, HostileStrings.hostile()),
                    Tuple.of(
                            1,
                            Arbitraries.of(
                                    "",
                                    "=",
                                    "&&&",
                                    "text",
                                    "text=%zz",
                                    "text=%",
                                    "%=%",
                                    "text=a%2",
                                    "text=" + "x".repeat(70_000))));
        }

        /** Printable ASCII, the only header text an HTTP client sends as given. */
        private static Arbitrary<String> headerText() {
            return Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(80);
        }

        private static Response post(Target target, String timestamp, String signature, String contentType) {
            String sentAt = timestamp == null
                    ? null
                    : timestamp.replace(NOW, Long.toString(Instant.now().getEpochSecond()));
            byte[] bytes = target.body().getBytes(StandardCharsets.UTF_8);
            RequestSpecification request = given().config(RestAssured.config()
                    .encoderConfig(encoderConfig()
                            .appendDefaultContentCharsetToContentTypeIfUndefined(false)
                            .encodeContentTypeAs(mediaType(contentType), ContentType.BINARY)));
            if (contentType != null) {
                request = request.contentType(contentType);
            }
            if (sentAt != null) {
                request = request.header(SlackRequestFilter.TIMESTAMP, sentAt);
            }
            if (signature != null) {
                request = request.header(
                        SlackRequestFilter.SIGNATURE,
                        SIGNED.equals(signature) && sentAt != null
                                ? SlackRequests.sign(sentAt.strip(), target.body())
                                : signature);
            }
            return request.body(bytes).post(target.path());
        }

        /** The content type without its parameters, which is how RestAssured picks an encoder. */
        private static String mediaType(String contentType) {
            if (contentType == null) {
                return "";
            }
            int semicolon = contentType.indexOf(';');
            return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
        }
    }
}
