package io.newsdesk.chat;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.testing.ArchiveFixture;
import io.newsdesk.testing.PrometheusScrape;
import io.newsdesk.testing.SampleArchive;
import io.newsdesk.testing.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Readers say whether an answer was helpful; newsrooms export the helpful ones as evaluation questions. */
@QuarkusTest
class FeedbackResourceTest {

    private static final String FEEDBACK = "/api/v1/feedback";
    private static final String EXPORT = "/api/v1/admin/feedback/questions.jsonl";
    private static final String PROBLEM = "application/problem+json";
    private static final String BRIDGE = "How much did the harbour bridge repair cost?";
    private static boolean loaded;

    @Inject
    ArchiveFixture archive;

    @Inject
    ObjectMapper mapper;

    @BeforeEach
    void loadSamplesOnce() {
        if (!loaded) {
            SampleArchive.load(archive);
            loaded = true;
        }
    }

    @Test
    void should_store_a_verdict_then_replace_it_and_count_both() {
        // given
        String conversation = conversation();
        JsonPath turn = ask(conversation, BRIDGE);
        PrometheusScrape before = PrometheusScrape.now();

        // when
        JsonPath first = rate(conversation, turn.getInt("index"), "helpful", null, 201);
        JsonPath second = rate(conversation, turn.getInt("index"), "wrong", "  The figure is out of date.  ", 200);

        // then
        assertThat(first.getString("rating")).isEqualTo("helpful");
        assertThat(first.getString("conversation_id")).isEqualTo(conversation);
        assertThat(first.getInt("turn")).isEqualTo(1);
        assertThat(second.getLong("id")).isEqualTo(first.getLong("id"));
        assertThat(second.getString("rating")).isEqualTo("wrong");
        assertThat(second.getString("comment")).isEqualTo("The figure is out of date.");
        PrometheusScrape after = PrometheusScrape.now();
        assertThat(counted(after, "helpful") - counted(before, "helpful")).isEqualTo(1.0);
        assertThat(counted(after, "wrong") - counted(before, "wrong")).isEqualTo(1.0);
    }

    @Test
    void should_export_helpful_answers_in_the_evaluation_format_with_the_cited_article() throws Exception {
        // given: one answer marked helpful, another marked wrong
        String conversation = conversation();
        ask(conversation, BRIDGE);
        rate(conversation, 1, "helpful", null, 201);
        String other = conversation();
        ask(other, "Who won the national chess championship?");
        rate(other, 1, "wrong", null, 201);

        // when
        String exported = given().get(EXPORT)
                .then()
                .statusCode(200)
                .contentType("application/x-ndjson")
                .extract()
                .asString();

        // then
        List<JsonNode> lines = exported.lines()
                .map(this::json)
                .filter(line -> line.path("question").asText().equals(BRIDGE))
                .toList();
        assertThat(lines).isNotEmpty();
        JsonNode line = lines.get(lines.size() - 1);
        assertThat(line.get("answers").get(0).asText()).isEqualTo("$48.5 million");
        assertThat(line.get("article_ids").get(0).asText()).isEqualTo("sample-harbour-bridge");
        assertThat(line.get("evidence").get(0).asText()).contains("$48.5 million");
        assertThat(line.get("question_date").asText()).isEqualTo("2024-03-15");
        assertThat(line.get("id").asText()).startsWith("feedback-");
        assertThat(exported).doesNotContain("chess championship");
    }

    @Test
    void should_take_feedback_with_the_widget_key_but_export_only_to_admins() {
        // given
        String conversation = conversation();
        ask(conversation, BRIDGE);

        // when / then
        given().header("X-API-Key", TestKeys.WIDGET)
                .contentType("application/json")
                .body(Map.of("conversation_id", conversation, "turn", 1, "rating", "helpful"))
                .post(FEEDBACK)
                .then()
                .statusCode(201);
        given().header("X-API-Key", TestKeys.WIDGET).get(EXPORT).then().statusCode(403);
    }

    @Test
    void should_refuse_bad_verdicts_with_a_problem_naming_the_field() {
        String conversation = conversation();
        ask(conversation, BRIDGE);
        refused(Map.of("conversation_id", conversation, "turn", 1), 400, "rating");
        refused(Map.of("conversation_id", conversation, "turn", 1, "rating", "meh"), 400, "rating");
        refused(Map.of("conversation_id", conversation, "turn", 0, "rating", "wrong"), 400, "turn");
        refused(Map.of("turn", 1, "rating", "wrong"), 400, "conversation_id");
        refused(
                Map.of("conversation_id", conversation, "turn", 1, "rating", "wrong", "comment", "x".repeat(1001)),
                400,
                "comment");
        refused(Map.of("conversation_id", conversation, "turn", 1, "rating", "wrong", "stars", 5), 400, "stars");
        refused(Map.of("conversation_id", conversation, "turn", 2, "rating", "wrong"), 404, null);
        refused(Map.of("conversation_id", "not-a-conversation", "turn", 1, "rating", "wrong"), 404, null);
    }

    private static void refused(Map<String, Object> body, int status, String field) {
        var response = given().contentType("application/json")
                .body(body)
                .post(FEEDBACK)
                .then()
                .statusCode(status)
                .contentType(PROBLEM)
                .body("status", equalTo(status));
        if (field != null) {
            response.body("field", equalTo(field));
        }
    }

    private static String conversation() {
        return given().post("/api/v1/conversations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static JsonPath ask(String conversation, String question) {
        return given().contentType("application/json")
                .body(Map.of("question", question, "as_of", "2024-03-15"))
                .post("/api/v1/conversations/" + conversation + "/messages")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static JsonPath rate(String conversation, int turn, String rating, String comment, int status) {
        Map<String, Object> body = comment == null
                ? Map.of("conversation_id", conversation, "turn", turn, "rating", rating)
                : Map.of("conversation_id", conversation, "turn", turn, "rating", rating, "comment", comment);
        return given().contentType("application/json")
                .body(body)
                .post(FEEDBACK)
                .then()
                .statusCode(status)
                .extract()
                .jsonPath();
    }

    private static double counted(PrometheusScrape scrape, String rating) {
        return scrape.value("newsdesk_feedback_total", Map.of("channel", "conversation", "rating", rating));
    }

    private JsonNode json(String line) {
        try {
            return mapper.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
