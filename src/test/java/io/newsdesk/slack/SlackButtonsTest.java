package io.newsdesk.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.newsdesk.slack.SlackRequests.BOT;
import static io.newsdesk.slack.SlackRequests.FORM;
import static io.newsdesk.slack.SlackRequests.JSON;
import static io.newsdesk.slack.SlackRequests.PROBLEM;
import static io.newsdesk.slack.SlackRequests.channel;
import static io.newsdesk.slack.SlackRequests.form;
import static io.newsdesk.slack.SlackRequests.mention;
import static io.newsdesk.slack.SlackRequests.quote;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.newsdesk.feedback.Feedback;
import io.newsdesk.feedback.FeedbackRecord;
import io.newsdesk.feedback.FeedbackSubject;
import io.newsdesk.feedback.Rating;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The buttons under an answer (Share in channel, Helpful, Wrong) and the interactivity URL they call. */
@QuarkusTest
@WithTestResource(value = SlackWireMock.class, scope = TestResourceScope.GLOBAL)
class SlackButtonsTest {

    /** Generous: the first answer of a fresh application waits for its word lists to load. */
    private static final Duration DEADLINE = Duration.ofMinutes(2);

    private static final String QUESTION = "who vetoed the UN resolution?";
    private static boolean loaded;

    @Inject
    ArchiveFixture archive;

    @Inject
    TestClock clock;

    @Inject
    AnswerQueue queue;

    @InjectSpy
    Feedback feedback;

    private final WireMockServer slack = SlackWireMock.server();
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

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void should_repeat_the_question_of_an_ask_and_share_the_same_answer_visibly_once() throws IOException {
        // given: an /ask answered to its asker only
        JsonNode answered = askCommand();
        JsonNode blocks = answered.path("blocks");
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "slack-ask-answer-blocks.json"), blocks.toPrettyString());
        assertThat(answered.path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(blocks.path(0).path("elements").path(0).path("text").asText())
                .isEqualTo("You asked: _" + QUESTION + "_");
        assertThat(actionIds(answered)).containsExactly("share", "feedback_helpful", "feedback_wrong");
        String answerId = buttons(answered).path(0).path("value").asText();

        // when: the asker clicks "Share in channel", twice
        String sharePath = responsePath();
        click("share", answerId, sharePath).then().statusCode(200);
        Poll.until("the shared answer", DEADLINE, () -> !responses(sharePath).isEmpty());
        click("share", answerId, sharePath).then().statusCode(200);

        // then: one post for everyone in the channel, the same answer with the question and who asked it
        Poll.until("the answer queue to drain", DEADLINE, () -> queue.pending() == 0);
        assertThat(responses(sharePath)).hasSize(1);
        JsonNode shared = responses(sharePath).get(0);
        assertThat(shared.path("response_type").asText()).isEqualTo("in_channel");
        assertThat(shared.path("replace_original").asBoolean(true)).isFalse();
        assertThat(shared.path("blocks")
                        .path(0)
                        .path("elements")
                        .path(0)
                        .path("text")
                        .asText())
                .isEqualTo("<@UPERSON> asked: _" + QUESTION + "_");
        for (int i = 1; i < blocks.size() - 1; i++) {
            assertThat(shared.path("blocks").path(i)).isEqualTo(blocks.path(i));
        }
        assertThat(actionIds(shared)).containsExactly("feedback_helpful", "feedback_wrong");
    }

    @Test
    void should_store_a_rating_of_a_thread_answer_with_the_answer_as_served_and_thank_the_clicker() {
        // given: a mention answered in its thread
        String channel = channel();
        requests.signed(
                        "/slack/events",
                        JSON,
                        mention(
                                UUID.randomUUID().toString(),
                                channel,
                                "1700000020.000100",
                                null,
                                "<@" + BOT + "> " + QUESTION))
                .then()
                .statusCode(200);
        Poll.until("the answer", DEADLINE, () -> !SlackWireMock.posts(channel).isEmpty());
        JsonNode posted = SlackWireMock.posts(channel).get(0);
        assertThat(actionIds(posted)).containsExactly("feedback_helpful", "feedback_wrong");
        String answerId = buttons(posted).path(0).path("value").asText();

        List<FeedbackRecord> stored = new ArrayList<>();
        doAnswer(call -> {
                    FeedbackRecord record = (FeedbackRecord) call.callRealMethod();
                    stored.add(record);
                    return record;
                })
                .when(feedback)
                .record(any(), any(), any());

        // when: someone says it was wrong, then changes their mind
        String wrongPath = responsePath();
        click("feedback_wrong", answerId, wrongPath).then().statusCode(200);
        Poll.until("the thanks", DEADLINE, () -> !responses(wrongPath).isEmpty());
        String helpfulPath = responsePath();
        click("feedback_helpful", answerId, helpfulPath).then().statusCode(200);
        Poll.until("the second thanks", DEADLINE, () -> !responses(helpfulPath).isEmpty());

        // then: one verdict on the answer, the latest, with the answer as it was served
        assertThat(stored).extracting(FeedbackRecord::rating).containsExactly(Rating.wrong, Rating.helpful);
        assertThat(stored).extracting(FeedbackRecord::replaced).containsExactly(false, true);
        assertThat(stored.get(1).id()).isEqualTo(stored.get(0).id());
        FeedbackSubject subject = stored.get(1).subject();
        assertThat(subject.channel()).isEqualTo(FeedbackSubject.Channel.slack);
        assertThat(subject.key()).isEqualTo("T0001:" + channel + ":" + answerId);
        assertThat(subject.question()).isEqualTo(QUESTION);
        assertThat(subject.searchedQuestion()).isNull();
        assertThat(subject.mode()).isEqualTo("extractive");
        assertThat(subject.asOf()).isEqualTo(LocalDate.ofInstant(SampleArchive.SEED_NEWS_TIME, ZoneOffset.UTC));
        JsonNode served = SlackWireMock.json(subject.answerJson());
        assertThat(served.path("status").asText()).isEqualTo("answered");
        assertThat(served.path("answer").asText()).isEqualTo("Russian Federation");
        assertThat(served.path("citations").path(0).path("resolved_dates").isArray())
                .isTrue();
        assertThat(responses(wrongPath).get(0).path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(responses(wrongPath).get(0).path("text").asText()).contains("wrong");
        assertThat(responses(helpfulPath).get(0).path("text").asText()).contains("helped");
        // and the store exports it like the widget's helpful answers
        String exported = given().get("/api/v1/admin/feedback/questions.jsonl")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(exported).contains("\"id\":\"feedback-" + stored.get(1).id() + "\"");
    }

    @Test
    void should_refuse_an_interaction_that_is_unsigned_stale_or_not_a_json_payload() {
        // given
        String body = interaction("feedback_helpful", UUID.randomUUID().toString(), responsePath(), "UPERSON");
        String stale =
                Long.toString(clock.instant().minus(Duration.ofMinutes(6)).getEpochSecond());

        // when / then
        given().contentType(FORM)
                .body(body)
                .post("/slack/interactions")
                .then()
                .statusCode(401)
                .contentType(PROBLEM);
        given().contentType(FORM)
                .header(
                        "X-Slack-Request-Timestamp",
                        Long.toString(clock.instant().getEpochSecond()))
                .header("X-Slack-Signature", "v0=" + "0".repeat(64))
                .body(body)
                .post("/slack/interactions")
                .then()
                .statusCode(401)
                .contentType(PROBLEM);
        SlackRequests.signedAt(stale, "/slack/interactions", FORM, body)
                .then()
                .statusCode(401)
                .body("detail", containsString("timestamp"));
        requests.signed("/slack/interactions", FORM, form(Map.of("payload", "[not json")))
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("status", equalTo(400));
        requests.signed("/slack/interactions", FORM, "text=hello")
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        // and a signed click on an answer that is not kept is taken, and the clicker told so
        String gonePath = responsePath();
        click("feedback_helpful", UUID.randomUUID().toString(), gonePath).then().statusCode(200);
        Poll.until("the reply", DEADLINE, () -> !responses(gonePath).isEmpty());
        assertThat(responses(gonePath).get(0).path("text").asText()).isEqualTo(ButtonResponder.GONE);
        verify(feedback, never()).record(any(), any(), any());
    }

    @Test
    void should_wait_out_a_rate_limit_on_a_response_url_and_deliver_once() {
        // given: the click's response_url answers 429 with Retry-After: 1 the first time
        JsonNode answered = askCommand();
        String answerId = buttons(answered).path(0).path("value").asText();
        String path = responsePath();
        slack.stubFor(post(urlEqualTo(path))
                .atPriority(1)
                .inScenario(path)
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1"))
                .willSetStateTo("retried"));

        // when
        click("feedback_helpful", answerId, path).then().statusCode(200);

        // then: one refused attempt, one delivered, one rating
        Poll.until("the retry", DEADLINE, () -> responses(path).size() == 2);
        Poll.until("the answer queue to drain", DEADLINE, () -> queue.pending() == 0);
        assertThat(responses(path)).hasSize(2);
        verify(feedback, times(1)).record(any(), eq(Rating.helpful), isNull());
    }

    /** Asks {@code /ask} in the week the sample story was news and returns the body delivered to its response_url. */
    private JsonNode askCommand() {
        clock.moveTo(SampleArchive.SEED_NEWS_TIME);
        String path = responsePath();
        requests.signed("/slack/commands", FORM, SlackRequests.askCommand(QUESTION, slack.baseUrl() + path))
                .then()
                .statusCode(200);
        Poll.until("the command's answer", DEADLINE, () -> !responses(path).isEmpty());
        return responses(path).get(0);
    }

    private io.restassured.response.Response click(String action, String answerId, String responsePath) {
        return requests.signed(
                "/slack/interactions", FORM, interaction(action, answerId, slack.baseUrl() + responsePath, "UPERSON"));
    }

    /** A block_actions interaction as Slack posts it: a form whose payload field is JSON. */
    private static String interaction(String action, String answerId, String responseUrl, String user) {
        String payload = "{\"type\":\"block_actions\",\"trigger_id\":"
                + quote(UUID.randomUUID().toString())
                + ",\"user\":{\"id\":\"" + user + "\",\"team_id\":\"T0001\"},\"team\":{\"id\":\"T0001\"},"
                + "\"response_url\":" + quote(responseUrl) + ",\"actions\":[{\"type\":\"button\",\"action_id\":"
                + quote(action) + ",\"block_id\":\"answer\",\"value\":" + quote(answerId) + "}]}";
        return "payload=" + encoded(payload);
    }

    private static String encoded(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String responsePath() {
        return "/commands/T0001/" + UUID.randomUUID();
    }

    private List<JsonNode> responses(String path) {
        return SlackWireMock.responses(path);
    }

    private static JsonNode buttons(JsonNode message) {
        JsonNode blocks = message.path("blocks");
        JsonNode last = blocks.path(blocks.size() - 1);
        assertThat(last.path("type").asText()).isEqualTo("actions");
        return last.path("elements");
    }

    private static List<String> actionIds(JsonNode message) {
        return buttons(message).findValuesAsText("action_id");
    }
}
