package io.newsdesk.chat;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.answer.AnswerPipeline;
import io.newsdesk.answer.Question;
import io.newsdesk.testing.ArchiveFixture;
import io.newsdesk.testing.SampleArchive;
import io.newsdesk.testing.ServerSentEvents;
import io.newsdesk.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.mockito.InjectSpy;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

@QuarkusTest
class ConversationResourceTest {

    private static final String CONVERSATIONS = "/api/v1/conversations";
    private static final String PROBLEM = "application/problem+json";
    private static boolean loaded;

    @Inject
    ArchiveFixture archive;

    @Inject
    TestClock clock;

    @Inject
    ObjectMapper mapper;

    /** The answer pipeline as it is, watched for the question each turn hands it. */
    @InjectSpy
    AnswerPipeline answers;

    @BeforeEach
    void loadSamplesOnce() {
        if (!loaded) {
            SampleArchive.load(archive);
            loaded = true;
        }
        // questions without as_of are asked as of the clock's day: the week the sample story was news
        clock.moveTo(SampleArchive.SEED_NEWS_TIME);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void should_create_a_conversation_with_201_and_location() {
        // when
        Response created = given().post(CONVERSATIONS);

        // then
        created.then().statusCode(201).header("Location", containsString(CONVERSATIONS + "/"));
        String id = created.jsonPath().getString("id");
        assertThat(created.header("Location")).endsWith(id);
        given().get(CONVERSATIONS + "/" + id).then().statusCode(200).body("turns.size()", equalTo(0));
    }

    @Test
    void should_carry_the_previous_answer_when_the_follow_up_asks_when_that_happened() {
        // given
        String id = start();
        JsonPath first = ask(id, "Who vetoed the UN resolution?")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(first.getString("answer.answer")).isEqualTo("Russian Federation");
        assertThat(first.getString("rewritten_question")).isNull();

        // when
        JsonPath second = ask(id, "When did that happen?")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        // then
        assertThat(second.getString("rewritten_question"))
                .isEqualTo("When did Russian Federation veto the United Nations resolution?");
        assertThat(second.getString("answer.status")).isEqualTo("answered");
        assertThat(second.getString("answer.answer")).containsIgnoringCase("Wednesday");
        assertThat(second.getString("answer.citations[0].text")).contains("vetoed a United Nations resolution");
        assertThat(second.getString("answer.citations[0].resolved_dates[0].date"))
                .isEqualTo("2017-04-19");
        assertThat(second.getInt("index")).isEqualTo(2);
    }

    @Test
    void should_replace_he_with_the_person_answered_before() {
        // given
        String id = start();
        JsonPath first = ask(id, "Who is the Secretary General of NATO?")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(first.getString("answer.answer")).isEqualTo("Jens Stoltenberg");

        // when
        JsonPath second = ask(id, "Who did he stand beside at the White House?")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        // then
        assertThat(second.getString("rewritten_question"))
                .isEqualTo("Who did Jens Stoltenberg stand beside at the White House?");
        assertThat(second.getString("answer.answer")).isEqualTo("Trump");
        assertThat(second.getString("answer.citations[0].text")).contains("Jens Stoltenberg at the White House");
    }

    @Test
    void should_return_the_history_exactly_as_shown() throws Exception {
        // given
        String id = start();
        String first = ask(id, "Who vetoed the UN resolution?")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String second = ask(id, "When did that happen?")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        // when
        JsonNode history = mapper.readTree(given().get(CONVERSATIONS + "/" + id)
                .then()
                .statusCode(200)
                .extract()
                .asString());

        // then
        assertThat(history.get("turns")).hasSize(2);
        assertThat(history.get("turns").get(0).toString())
                .isEqualTo(mapper.readTree(first).toString());
        assertThat(history.get("turns").get(1).toString())
                .isEqualTo(mapper.readTree(second).toString());
        assertThat(history.get("id").asText()).isEqualTo(id);
    }

    @Test
    void should_answer_404_problem_for_unknown_or_malformed_ids() {
        given().get(CONVERSATIONS + "/3f2b8c1e-6a0d-4c5e-9b7a-2d1f0e9c8b7a")
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("status", equalTo(404));
        given().get(CONVERSATIONS + "/not-a-uuid").then().statusCode(404).contentType(PROBLEM);
        given().contentType("application/json")
                .body(Map.of("question", "Who?"))
                .post(CONVERSATIONS + "/3f2b8c1e-6a0d-4c5e-9b7a-2d1f0e9c8b7a/messages")
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
    }

    @Test
    void should_refuse_bad_messages_with_400_problem() {
        String id = start();
        given().contentType("application/json")
                .body(Map.of("question", " "))
                .post(CONVERSATIONS + "/" + id + "/messages")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("field", equalTo("question"));
        given().contentType("application/json")
                .body(Map.of("text", "Who?"))
                .post(CONVERSATIONS + "/" + id + "/messages")
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        given().contentType("application/json")
                .body("{\"question\": ")
                .post(CONVERSATIONS + "/" + id + "/messages")
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
    }

    @Test
    void should_expire_and_purge_a_conversation_idle_past_the_timeout() {
        // given
        String id = start();
        ask(id, "Who vetoed the UN resolution?").then().statusCode(200);
        clock.advance(Duration.ofMinutes(29));
        given().get(CONVERSATIONS + "/" + id).then().statusCode(200);

        // when
        clock.advance(Duration.ofMinutes(2));

        // then
        given().get(CONVERSATIONS + "/" + id).then().statusCode(404).contentType(PROBLEM);
        ask(id, "When did that happen?").then().statusCode(404).contentType(PROBLEM);
        assertThat(archive.queryLong("SELECT count(*) FROM conversations WHERE id = '" + id + "'"))
                .isZero();
        assertThat(archive.queryLong("SELECT count(*) FROM conversation_turns WHERE conversation_id = '" + id + "'"))
                .isZero();
    }

    @Test
    void should_keep_a_conversation_alive_while_it_is_used() {
        // given
        String id = start();
        clock.advance(Duration.ofMinutes(20));
        ask(id, "Who vetoed the UN resolution?").then().statusCode(200);

        // when
        clock.advance(Duration.ofMinutes(20));

        // then
        given().get(CONVERSATIONS + "/" + id).then().statusCode(200).body("turns.size()", equalTo(1));
    }

    @Test
    void should_answer_a_turn_as_of_the_day_its_message_gives() {
        // given: the service's clock on 2017-04-22
        String id = start();

        // when: asked as the widget asks, on the stream, on the reader's 2017-04-21
        String stream = given().contentType("application/json")
                .accept("text/event-stream")
                .body(Map.of("question", "Who vetoed the UN resolution?", "as_of", "2017-04-21"))
                .post(CONVERSATIONS + "/" + id + "/messages/stream")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        // then
        assertThat(askedOn()).isEqualTo(LocalDate.of(2017, 4, 21));
        assertThat(ServerSentEvents.names(ServerSentEvents.parse(stream))).endsWith("answer");
        given().get(CONVERSATIONS + "/" + id)
                .then()
                .statusCode(200)
                .body("turns[0].answer.answer", equalTo("Russian Federation"));
    }

    @Test
    void should_answer_a_turn_without_as_of_as_of_the_utc_date_it_is_recorded_on_the_service_clock() {
        // given: the service's clock a minute before midnight UTC
        clock.moveTo(Instant.parse("2017-04-23T23:59:00Z"));
        String id = start();

        // when
        JsonPath turn = ask(id, "Who vetoed the UN resolution?")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        // then
        assertThat(askedOn())
                .isEqualTo(LocalDate.of(2017, 4, 23))
                .isEqualTo(LocalDate.ofInstant(Instant.parse(turn.getString("created_at")), ZoneOffset.UTC));
        assertThat(turn.getString("answer.answer")).isEqualTo("Russian Federation");
    }

    @Test
    void should_refuse_a_bad_as_of_with_400_problem_and_store_no_turn() {
        // given
        String id = start();

        // when / then: the JSON form and the stream refuse it before answering
        for (String path : List.of("/messages", "/messages/stream")) {
            for (String asOf : List.of("last week", "2017-02-30", "-999999999-01-01")) {
                given().contentType("application/json")
                        .body(Map.of("question", "Who vetoed the UN resolution?", "as_of", asOf))
                        .post(CONVERSATIONS + "/" + id + path)
                        .then()
                        .statusCode(400)
                        .contentType(PROBLEM)
                        .body("field", equalTo("as_of"));
            }
        }
        given().get(CONVERSATIONS + "/" + id).then().statusCode(200).body("turns.size()", equalTo(0));
        verify(answers, never()).retrieve(any());
    }

    /** The as_of of the one question a turn handed to the answer pipeline. */
    private LocalDate askedOn() {
        ArgumentCaptor<Question> asked = ArgumentCaptor.forClass(Question.class);
        verify(answers).retrieve(asked.capture());
        return asked.getValue().asOf();
    }

    private static String start() {
        return given().post(CONVERSATIONS).then().statusCode(201).extract().path("id");
    }

    private static Response ask(String id, String question) {
        return given().contentType("application/json")
                .body(Map.of("question", question))
                .post(CONVERSATIONS + "/" + id + "/messages");
    }
}
