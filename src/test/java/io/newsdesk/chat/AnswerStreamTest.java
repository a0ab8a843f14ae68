package io.newsdesk.chat;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.testing.ArchiveFixture;
import io.newsdesk.testing.SampleArchive;
import io.newsdesk.testing.ServerSentEvents;
import io.newsdesk.testing.ServerSentEvents.Event;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AnswerStreamTest {

    private static final String EVENT_STREAM = "text/event-stream";
    private static final String SEED_DAY = SampleArchive.SEED_NEWS_DAY.toString();
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
    void should_stream_citations_then_token_then_the_same_answer_as_ask() throws Exception {
        // given
        Map<String, Object> body = Map.of("question", "Who vetoed the UN resolution?");
        JsonNode expected = mapper.readTree(given().contentType("application/json")
                .body(body)
                .post("/api/v1/ask")
                .then()
                .statusCode(200)
                .extract()
                .asString());

        // when
        List<Event> events = stream("/api/v1/ask/stream", body);

        // then
        assertThat(ServerSentEvents.names(events)).containsExactly("citations", "token", "answer");
        assertThat(json(events.get(0)).get("citations").get(0).get("text").asText())
                .contains("vetoed a United Nations resolution");
        assertThat(json(events.get(1)).get("text").asText()).isEqualTo("Russian Federation");
        assertThat(json(events.get(2))).isEqualTo(expected);
    }

    @Test
    void should_stream_a_conversation_turn_with_the_rewritten_question_first() throws Exception {
        // given
        String id = given().post("/api/v1/conversations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String base = "/api/v1/conversations/" + id + "/messages";
        stream(base + "/stream", Map.of("question", "Who is the Secretary General of NATO?", "as_of", SEED_DAY));

        // when: asked as the widget asks, with the day asked on
        List<Event> events = stream(
                base + "/stream", Map.of("question", "Who did he stand beside at the White House?", "as_of", SEED_DAY));

        // then
        assertThat(ServerSentEvents.names(events)).containsExactly("question", "citations", "token", "answer");
        assertThat(json(events.get(0)).get("rewritten_question").asText())
                .isEqualTo("Who did Jens Stoltenberg stand beside at the White House?");
        assertThat(json(events.get(3)).get("answer").asText()).isEqualTo("Trump");
        JsonNode history = mapper.readTree(given().get("/api/v1/conversations/" + id)
                .then()
                .statusCode(200)
                .extract()
                .asString());
        // the answer event is the stored answer with the turn's index (what feedback names), and
        // every event has an id, counting from 1
        ObjectNode shown = history.get("turns").get(1).get("answer").deepCopy();
        shown.put("turn", 2);
        assertThat(json(events.get(3))).isEqualTo(shown);
        assertThat(events).extracting(Event::id).containsExactly("1", "2", "3", "4");
    }

    @Test
    void should_end_the_stream_with_an_error_event_when_the_question_is_refused() throws Exception {
        // when
        List<Event> events = stream("/api/v1/ask/stream", Map.of("question", "why ".repeat(200)));

        // then
        assertThat(ServerSentEvents.names(events)).containsExactly("error");
        JsonNode problem = json(events.get(0));
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("field").asText()).isEqualTo("question");
    }

    @Test
    void should_refuse_unreadable_bodies_and_unknown_conversations_before_streaming() {
        given().contentType("application/json")
                .accept(EVENT_STREAM)
                .body("{\"question\": ")
                .post("/api/v1/ask/stream")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().contentType("application/json")
                .accept(EVENT_STREAM)
                .body(Map.of("question", "Who?"))
                .post("/api/v1/conversations/3f2b8c1e-6a0d-4c5e-9b7a-2d1f0e9c8b7a/messages/stream")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    private static List<Event> stream(String path, Map<String, Object> body) {
        String text = given().contentType("application/json")
                .accept(EVENT_STREAM)
                .body(body)
                .post(path)
                .then()
                .statusCode(200)
                .contentType(EVENT_STREAM)
                .extract()
                .asString();
        return ServerSentEvents.parse(text);
    }

    private JsonNode json(Event event) throws Exception {
        return mapper.readTree(event.data());
    }
}
