package io.newsdesk.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.newsdesk.slack.SlackRequests.BOT;
import static io.newsdesk.slack.SlackRequests.FORM;
import static io.newsdesk.slack.SlackRequests.JSON;
import static io.newsdesk.slack.SlackRequests.PROBLEM;
import static io.newsdesk.slack.SlackRequests.bytes;
import static io.newsdesk.slack.SlackRequests.callback;
import static io.newsdesk.slack.SlackRequests.channel;
import static io.newsdesk.slack.SlackRequests.directMessage;
import static io.newsdesk.slack.SlackRequests.form;
import static io.newsdesk.slack.SlackRequests.mention;
import static io.newsdesk.slack.SlackRequests.mentionEvent;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.newsdesk.answer.AnswerPipeline;
import io.newsdesk.answer.Question;
import io.newsdesk.testing.ArchiveFixture;
import io.newsdesk.testing.Poll;
import io.newsdesk.testing.SampleArchive;
import io.newsdesk.testing.SlackWireMock;
import io.newsdesk.testing.TestClock;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.mockito.InjectSpy;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

@QuarkusTest
@WithTestResource(value = SlackWireMock.class, scope = TestResourceScope.GLOBAL)
class SlackResourceTest {

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static boolean loaded;

    @Inject
    ArchiveFixture archive;

    @Inject
    TestClock clock;

    @Inject
    AnswerQueue queue;

    @Inject
    ObjectMapper mapper;

    @InjectSpy
    AnswerPipeline answers;

    private final WireMockServer slack = SlackWireMock.server();
    private SlackRequests requests;

    @BeforeEach
    void prepare() {
        clock.reset();
        requests = new SlackRequests(clock);
        SlackWireMock.reset();
        if (!loaded) {
            SampleArchive.load(archive);
            loaded = true;
        }
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void should_answer_a_mention_exactly_once_in_its_thread_with_the_cited_sentence() {
        // given
        String channel = channel();
        String event = mention(
                UUID.randomUUID().toString(),
                channel,
                "1700000000.000100",
                null,
                "<@" + BOT + "> who vetoed the UN resolution?");

        // when
        requests.signed("/slack/events", JSON, event).then().statusCode(200).time(lessThan(3000L));

        // then
        JsonNode posted = onlyPost(channel);
        assertThat(posted.path("thread_ts").asText()).isEqualTo("1700000000.000100");
        assertThat(posted.path("text").asText()).isEqualTo("Russian Federation");
        JsonNode blocks = posted.path("blocks");
        assertThat(blocks.path(0).path("type").asText()).isEqualTo("section");
        assertThat(blocks.path(0).path("text").path("type").asText()).isEqualTo("mrkdwn");
        assertThat(blocks.path(0).path("text").path("text").asText()).isEqualTo("*Russian Federation*");
        assertThat(blocks.path(1).path("text").path("text").asText())
                .startsWith(">\u200b*\u200bRussian Federation\u200b*\u200b is Syria's ally, and on Wednesday, the"
                        + " country vetoed");
        assertThat(blocks.path(2).path("type").asText()).isEqualTo("context");
        assertThat(blocks.path(2).path("elements").path(0).path("text").asText())
                .startsWith("[1] ")
                .contains("USA intelligence intercepted communications")
                .endsWith("2017-04-21");
        assertThat(slack.findAll(postRequestedFor(urlEqualTo(SlackWireMock.POST_MESSAGE)))
                        .get(0)
                        .getHeader("Authorization"))
                .isEqualTo("Bearer " + SlackWireMock.BOT_TOKEN);
    }

    @Test
    void should_answer_a_signed_mention_whose_text_is_not_ascii() {
        // given: Slack sends event bodies as UTF-8 bytes, and signs those bytes
        String channel = channel();

        // when
        mentionIn(channel, "1700000000.000900", null, "who vetoed the UN resolution? – merci, Zoë ✓");

        // then
        assertThat(onlyPost(channel).path("text").asText()).isEqualTo("Russian Federation");
    }

    @Test
    void should_answer_a_retried_or_repeated_event_only_once() {
        // given
        String channel = channel();
        String event = mention(
                UUID.randomUUID().toString(),
                channel,
                "1700000001.000100",
                null,
                "<@" + BOT + "> who vetoed the UN resolution?");

        // when: the first delivery, then Slack's retries of it while the answer is on its way, and later
        requests.signed("/slack/events", JSON, event).then().statusCode(200);
        requests.signed("/slack/events", JSON, event, "X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout")
                .then()
                .statusCode(200);
        onlyPost(channel);
        requests.signed("/slack/events", JSON, event, "X-Slack-Retry-Num", "2")
                .then()
                .statusCode(200);
        requests.signed("/slack/events", JSON, event).then().statusCode(200);

        // then
        assertThat(postsTo(channel)).hasSize(1);
    }

    @Test
    void should_answer_one_message_once_when_it_arrives_as_two_different_events() {
        // given: a mention in a direct message, delivered as app_mention and as message.im
        String channel = "D" + channel().substring(1);
        String ts = "1700000001.000200";

        // when
        requests.signed(
                        "/slack/events",
                        JSON,
                        mention(
                                UUID.randomUUID().toString(),
                                channel,
                                ts,
                                null,
                                "<@" + BOT + "> who vetoed the UN resolution?"))
                .then()
                .statusCode(200);
        requests.signed(
                        "/slack/events",
                        JSON,
                        directMessage(
                                UUID.randomUUID().toString(),
                                channel,
                                ts,
                                null,
                                "UPERSON",
                                "<@" + BOT + "> who vetoed the UN resolution?",
                                ""))
                .then()
                .statusCode(200);

        // then
        onlyPost(channel);
    }

    @Test
    void should_refuse_a_bad_or_missing_signature_with_401() {
        // given
        String channel = channel();
        String event = mention(
                UUID.randomUUID().toString(),
                channel,
                "1700000002.000100",
                null,
                "<@" + BOT + "> who vetoed the UN resolution?");
        String timestamp = Long.toString(clock.instant().getEpochSecond());

        // when / then
        given().contentType("application/json")
                .header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", "v0=" + "0".repeat(64))
                .body(event)
                .post("/slack/events")
                .then()
                .statusCode(401)
                .contentType(PROBLEM)
                .body("status", equalTo(401));
        given().contentType("application/json")
                .header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", SlackSignatureVerifier.sign("wrong-secret", timestamp, bytes(event)))
                .body(event)
                .post("/slack/events")
                .then()
                .statusCode(401)
                .contentType(PROBLEM);
        given().contentType("application/json")
                .body(event)
                .post("/slack/events")
                .then()
                .statusCode(401)
                .contentType(PROBLEM);
        given().contentType("application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", "v0=bad")
                .body("text=hello")
                .post("/slack/commands")
                .then()
                .statusCode(401)
                .contentType(PROBLEM);
        assertThat(postsAfterIdle(channel)).isEmpty();
    }

    @Test
    void should_refuse_a_stale_timestamp_with_401_even_when_signed() {
        // given
        String channel = channel();
        String event = mention(
                UUID.randomUUID().toString(),
                channel,
                "1700000003.000100",
                null,
                "<@" + BOT + "> who vetoed the UN resolution?");
        String stale =
                Long.toString(clock.instant().minus(Duration.ofMinutes(6)).getEpochSecond());

        // when / then
        given().contentType("application/json")
                .header("X-Slack-Request-Timestamp", stale)
                .header(
                        "X-Slack-Signature",
                        SlackSignatureVerifier.sign(SlackWireMock.SIGNING_SECRET, stale, bytes(event)))
                .body(event)
                .post("/slack/events")
                .then()
                .statusCode(401)
                .contentType(PROBLEM)
                .body("detail", org.hamcrest.Matchers.containsString("timestamp"));
        assertThat(postsAfterIdle(channel)).isEmpty();
    }

    @Test
    void should_ignore_its_own_and_other_bots_messages() {
        // given
        String channel = channel();
        List<String> events = List.of(
                directMessage(
                        UUID.randomUUID().toString(),
                        channel,
                        "1700000004.000100",
                        null,
                        BOT,
                        "who vetoed the UN resolution?",
                        ""),
                directMessage(
                        UUID.randomUUID().toString(),
                        channel,
                        "1700000004.000200",
                        null,
                        "UOTHERBOT",
                        "who vetoed the UN resolution?",
                        ",\"bot_id\":\"B123\""),
                directMessage(
                        UUID.randomUUID().toString(),
                        channel,
                        "1700000004.000300",
                        null,
                        null,
                        "who vetoed the UN resolution?",
                        ",\"subtype\":\"bot_message\",\"bot_id\":\"B123\""),
                directMessage(
                        UUID.randomUUID().toString(),
                        channel,
                        "1700000004.000400",
                        null,
                        "UPERSON",
                        "who vetoed the UN resolution?",
                        ",\"subtype\":\"message_changed\""));

        // when
        for (String event : events) {
            requests.signed("/slack/events", JSON, event).then().statusCode(200);
        }

        // then
        assertThat(postsAfterIdle(channel)).isEmpty();
    }

    @Test
    void should_answer_a_direct_message_in_the_conversation_and_a_follow_up_there_using_the_previous_turn() {
        // given: a direct message, answered in the direct message itself (not in a thread under it)
        String channel = "D" + channel().substring(1);
        requests.signed(
                        "/slack/events",
                        JSON,
                        directMessage(
                                UUID.randomUUID().toString(),
                                channel,
                                "1700000005.000100",
                                null,
                                "UPERSON",
                                "who vetoed the UN resolution?",
                                ""))
                .then()
                .statusCode(200);
        assertThat(onlyPost(channel).has("thread_ts")).isFalse();

        // when: the next direct message is a follow-up
        requests.signed(
                        "/slack/events",
                        JSON,
                        directMessage(
                                UUID.randomUUID().toString(),
                                channel,
                                "1700000005.000900",
                                null,
                                "UPERSON",
                                "When did that happen?",
                                ""))
                .then()
                .statusCode(200);

        // then
        Poll.until("the follow-up's answer", DEADLINE, () -> postsTo(channel).size() == 2);
        JsonNode followUp = postsAfterIdle(channel).get(1);
        assertThat(followUp.has("thread_ts")).isFalse();
        assertThat(searchedFor(followUp)).contains("Russian Federation").contains("veto");
        assertThat(followUp.path("blocks").path(1).path("text").path("text").asText())
                .containsIgnoringCase("Wednesday");
    }

    @Test
    void should_answer_mentions_in_a_channel_thread_there_leaning_on_the_threads_earlier_answered_turn() {
        // given: a mention answered in a new thread under it, then a question the archive cannot answer there
        String channel = channel();
        String thread = "1700000007.000100";
        mentionIn(channel, thread, null, "who vetoed the UN resolution?");
        assertThat(onlyPost(channel).path("thread_ts").asText()).isEqualTo(thread);
        mentionIn(channel, "1700000007.000200", thread, "zzyzx qwerty plover?");
        Poll.until("the second answer", DEADLINE, () -> postsTo(channel).size() == 2);

        // when: a follow-up in the thread, whose latest turn found nothing
        mentionIn(channel, "1700000007.000300", thread, "When did that happen?");

        // then: answered in the thread, as a follow-up to the answered turn before
        Poll.until("the follow-up's answer", DEADLINE, () -> postsTo(channel).size() == 3);
        JsonNode followUp = postsAfterIdle(channel).get(2);
        assertThat(followUp.path("thread_ts").asText()).isEqualTo(thread);
        assertThat(searchedFor(followUp)).contains("Russian Federation").contains("veto");
    }

    /** The "Searched for" line of a follow-up's answer. */
    private static String searchedFor(JsonNode post) {
        String searched = post.path("blocks")
                .path(0)
                .path("elements")
                .path(0)
                .path("text")
                .asText();
        assertThat(searched).startsWith("Searched for: _");
        return searched;
    }

    /** Mentions the bot in {@code channel} with {@code question}, in a message {@code ts} in {@code thread} (or not). */
    private void mentionIn(String channel, String ts, String thread, String question) {
        requests.signed(
                        "/slack/events",
                        JSON,
                        mention(UUID.randomUUID().toString(), channel, ts, thread, "<@" + BOT + "> " + question))
                .then()
                .statusCode(200);
    }

    @Test
    void should_answer_a_slash_command_through_its_response_url() {
        // given: sent in the week the sample story was news
        clock.moveTo(SampleArchive.SEED_NEWS_TIME);
        String responsePath = "/commands/T0001/" + UUID.randomUUID();
        String form = whoVetoedCommand(responsePath);

        // when
        requests.signed("/slack/commands", FORM, form)
                .then()
                .statusCode(200)
                .time(lessThan(3000L))
                .body("response_type", equalTo("ephemeral"))
                .body("text", equalTo("Searching the archive..."));
        requests.signed("/slack/commands", FORM, form).then().statusCode(200);

        // then
        Poll.until(
                "the command's answer", DEADLINE, () -> !responses(responsePath).isEmpty());
        Poll.until("the answer queue to drain", DEADLINE, () -> queue.pending() == 0);
        List<LoggedRequest> delivered = responses(responsePath);
        assertThat(delivered).hasSize(1);
        JsonNode body = json(delivered.get(0).getBodyAsString());
        assertThat(body.path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(body.path("replace_original").asBoolean()).isFalse();
        assertThat(body.path("blocks")
                        .path(0)
                        .path("elements")
                        .path(0)
                        .path("text")
                        .asText())
                .isEqualTo("You asked: _who vetoed the UN resolution?_");
        assertThat(body.path("blocks").path(1).path("text").path("text").asText())
                .isEqualTo("*Russian Federation*");
        assertThat(delivered.get(0).getHeader("Authorization")).isNull();
    }

    @Test
    void should_return_the_challenge_of_a_url_verification() {
        requests.signed(
                        "/slack/events",
                        JSON,
                        "{\"token\":\"t\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\","
                                + "\"type\":\"url_verification\"}")
                .then()
                .statusCode(200)
                .body("challenge", equalTo("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"));
    }

    @Test
    void should_wait_out_a_rate_limit_once_and_post_a_single_answer() {
        // given: Slack answers 429 with Retry-After: 1 the first time for this channel
        String channel = channel();
        slack.stubFor(post(urlEqualTo(SlackWireMock.POST_MESSAGE))
                .atPriority(1)
                .withFormParam("channel", WireMock.equalTo(channel))
                .inScenario(channel)
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1"))
                .willSetStateTo("retried"));

        // when
        requests.signed(
                        "/slack/events",
                        JSON,
                        mention(
                                UUID.randomUUID().toString(),
                                channel,
                                "1700000006.000100",
                                null,
                                "<@" + BOT + "> who vetoed the UN resolution?"))
                .then()
                .statusCode(200);

        // then: one refused attempt, one accepted post
        Poll.until(
                "the post after the rate limit",
                DEADLINE,
                () -> postsTo(channel).size() == 2);
        assertThat(postsAfterIdle(channel)).hasSize(2);
    }

    @Test
    void should_ask_a_mention_as_of_the_utc_date_of_its_event_time() {
        // given: an event of 2017-04-21 23:30 UTC, in a message whose ts is of 2023, delivered now
        String channel = channel();
        String eventTime = Long.toString(Instant.parse("2017-04-21T23:30:00Z").getEpochSecond());

        // when
        askWhoVetoed(channel, "1700000000.000700", eventTime);

        // then
        assertThat(onlyPost(channel).path("text").asText()).isEqualTo("Russian Federation");
        assertThat(askedOn()).containsExactly(LocalDate.of(2017, 4, 21));
    }

    @Test
    void should_ask_as_of_the_message_ts_without_an_event_time_and_else_as_of_the_request_timestamp() {
        // given: the request sent at 2017-04-23 08:00 UTC
        clock.moveTo(Instant.parse("2017-04-23T08:00:00Z"));
        String byTs = channel();
        String byRequest = channel();

        // when: one envelope without event_time and a message of 2017-04-22 00:00 UTC; one where neither is a time
        askWhoVetoed(byTs, "1492819200.000100", null);
        onlyPost(byTs);
        askWhoVetoed(byRequest, "not-a-time", "\"not-a-time\"");
        onlyPost(byRequest);

        // then
        assertThat(askedOn()).containsExactly(LocalDate.of(2017, 4, 22), LocalDate.of(2017, 4, 23));
    }

    @Test
    void should_ask_a_slash_command_as_of_the_utc_date_of_its_request_timestamp() {
        // given: sent at 23:58 UTC on 2017-04-22 and received after midnight, within the allowed clock skew
        clock.moveTo(Instant.parse("2017-04-23T00:02:00Z"));
        String timestamp = Long.toString(Instant.parse("2017-04-22T23:58:00Z").getEpochSecond());
        String responsePath = "/commands/T0001/" + UUID.randomUUID();

        // when
        SlackRequests.signedAt(timestamp, "/slack/commands", FORM, whoVetoedCommand(responsePath))
                .then()
                .statusCode(200);

        // then
        Poll.until(
                "the command's answer", DEADLINE, () -> !responses(responsePath).isEmpty());
        assertThat(json(responses(responsePath).get(0).getBodyAsString())
                        .path("blocks")
                        .path(1)
                        .path("text")
                        .path("text")
                        .asText())
                .isEqualTo("*Russian Federation*");
        assertThat(askedOn()).containsExactly(LocalDate.of(2017, 4, 22));
    }

    /** An {@code /ask} command asking who vetoed, whose answer goes to {@code responsePath} on the fake Slack. */
    private String whoVetoedCommand(String responsePath) {
        return SlackRequests.askCommand("who vetoed the UN resolution?", slack.baseUrl() + responsePath);
    }

    /** Mentions the bot in {@code channel}, asking who vetoed, in a message of {@code ts} at {@code eventTime}. */
    private void askWhoVetoed(String channel, String ts, String eventTime) {
        String event = callback(
                UUID.randomUUID().toString(),
                mentionEvent(channel, ts, null, "<@" + BOT + "> who vetoed the UN resolution?"),
                eventTime);
        requests.signed("/slack/events", JSON, event).then().statusCode(200);
    }

    /** The as_of of each question handed to the answer pipeline in this test, in order. */
    private List<LocalDate> askedOn() {
        Poll.until("the answer queue to drain", DEADLINE, () -> queue.pending() == 0);
        ArgumentCaptor<Question> asked = ArgumentCaptor.forClass(Question.class);
        verify(answers, atLeast(0)).answer(asked.capture());
        return asked.getAllValues().stream().map(Question::asOf).toList();
    }

    /** Waits for the first post to {@code channel}, then for every queued answer, and returns the only post. */
    private JsonNode onlyPost(String channel) {
        Poll.until("a post to " + channel, DEADLINE, () -> !postsTo(channel).isEmpty());
        List<JsonNode> posts = postsAfterIdle(channel);
        assertThat(posts).hasSize(1);
        return posts.get(0);
    }

    /** The posts to {@code channel} once nothing is queued or running any more. */
    private List<JsonNode> postsAfterIdle(String channel) {
        Poll.until("the answer queue to drain", DEADLINE, () -> queue.pending() == 0);
        return postsTo(channel);
    }

    private List<JsonNode> postsTo(String channel) {
        return SlackWireMock.posts(channel);
    }

    private List<LoggedRequest> responses(String path) {
        return slack.findAll(postRequestedFor(urlEqualTo(path)));
    }

    private JsonNode json(String text) {
        try {
            return mapper.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
