package io.newsdesk.telemetry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.testing.LogCapture;
import io.newsdesk.testing.ServerSentEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class RequestIdTest {

    private static final String HEADER = "X-Request-Id";
    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Inject
    ObjectMapper mapper;

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/articles", "/q/health/ready", "/q/metrics", "/widget.js", "/no/such/page"})
    void should_echo_a_valid_request_id_on_every_kind_of_response(String path) {
        // given
        String id = "client-7.Abc_" + UUID.randomUUID().toString().substring(0, 8);

        // when
        Response response = given().header(HEADER, id).get(path);

        // then
        assertThat(response.header(HEADER)).isEqualTo(id);
    }

    @Test
    void should_return_the_request_id_when_cors_refuses_a_foreign_origin() {
        given().header(HEADER, "req-cors")
                .header("Origin", "https://foreign.example")
                .get("/api/v1/articles")
                .then()
                .statusCode(403)
                .header(HEADER, "req-cors");
    }

    @Test
    void should_generate_a_fresh_uuid_for_each_request_without_an_id() {
        // when
        String first =
                given().get("/api/v1/articles").then().statusCode(200).extract().header(HEADER);
        String second =
                given().get("/api/v1/articles").then().statusCode(200).extract().header(HEADER);

        // then
        assertThat(first).matches(UUID_PATTERN);
        assertThat(second).matches(UUID_PATTERN).isNotEqualTo(first);
    }

    @ParameterizedTest
    @ValueSource(strings = {"has spaces", "semi;colon", "<script>", "", "ünïcode"})
    void should_replace_an_unsafe_or_too_long_request_id(String unsafe) {
        // when
        String returned = given().header(HEADER, unsafe)
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .extract()
                .header(HEADER);

        // then
        assertThat(returned).matches(UUID_PATTERN);
    }

    @Test
    void should_accept_64_safe_characters_and_replace_65() {
        given().header(HEADER, "a".repeat(64))
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .header(HEADER, "a".repeat(64));
        assertThat(given().header(HEADER, "a".repeat(65))
                        .get("/api/v1/articles")
                        .then()
                        .statusCode(200)
                        .extract()
                        .header(HEADER))
                .matches(UUID_PATTERN);
    }

    @Test
    void should_put_the_request_id_in_problem_bodies_from_mappers_and_filters() throws Exception {
        // given: a refused question, an unknown article, an unknown content type (api mapper), a widget
        // key where it may not go (pre-matching filter), an unsigned Slack request (slack mapper)
        List<Response> problems = List.of(
                given().header(HEADER, "req-question")
                        .contentType("application/json")
                        .body(Map.of("question", ""))
                        .post("/api/v1/ask"),
                given().header(HEADER, "req-missing").get("/api/v1/articles/" + UUID.randomUUID()),
                given().header(HEADER, "req-type")
                        .contentType("application/xml")
                        .body("<a/>")
                        .post("/api/v1/articles"),
                given().header(HEADER, "req-widget")
                        .header("X-API-Key", "newsdesk-demo")
                        .delete("/api/v1/articles/" + UUID.randomUUID()),
                given().header(HEADER, "req-slack")
                        .contentType("application/json")
                        .body("{}")
                        .post("/slack/events"));

        // then
        assertThat(problems).extracting(Response::statusCode).containsExactly(400, 404, 415, 403, 401);
        for (Response problem : problems) {
            assertThat(problem.contentType()).startsWith("application/problem+json");
            JsonNode body = mapper.readTree(problem.asString());
            assertThat(body.get("request_id").asText())
                    .isEqualTo(problem.header(HEADER))
                    .startsWith("req-");
            assertThat(body.get("status").asInt()).isEqualTo(problem.statusCode());
        }
    }

    @Test
    void should_put_the_request_id_in_a_streamed_error_event() throws Exception {
        // when
        String stream = given().header(HEADER, "req-stream")
                .contentType("application/json")
                .accept("text/event-stream")
                .body(Map.of("question", " "))
                .post("/api/v1/ask/stream")
                .then()
                .statusCode(200)
                .header(HEADER, "req-stream")
                .extract()
                .asString();

        // then
        List<ServerSentEvents.Event> events = ServerSentEvents.parse(stream);
        assertThat(ServerSentEvents.names(events)).containsExactly("error");
        assertThat(mapper.readTree(events.get(0).data()).get("request_id").asText())
                .isEqualTo("req-stream");
    }

    @Test
    void should_log_with_the_request_id_on_the_thread_that_handles_the_request() {
        // given
        String id = "log-" + UUID.randomUUID();
        String article = "{\"title\": \"Request id test " + id + "\", \"text\": \"The council met on Monday. "
                + "It approved the budget " + id + ".\"}";

        // when
        List<LogCapture.Line> lines;
        try (LogCapture capture = LogCapture.of("io.newsdesk", consoleFormat())) {
            given().header(HEADER, id)
                    .contentType("application/json")
                    .body(article)
                    .post("/api/v1/articles")
                    .then()
                    .statusCode(201);
            lines = capture.lines();
        }

        // then: the ingestor logged on a worker thread, and the configured format prints the id
        assertThat(lines)
                .filteredOn(line -> line.logger().endsWith("ArticleIngestor"))
                .singleElement()
                .satisfies(line -> {
                    assertThat(line.requestId()).isEqualTo(id);
                    assertThat(line.thread()).doesNotContain("eventloop");
                    assertThat(line.formatted()).contains("[" + id + "]");
                });
    }

    @Test
    void should_log_with_the_request_id_on_the_worker_that_produces_a_stream() {
        // given
        String id = "sse-" + UUID.randomUUID();

        // when
        List<LogCapture.Line> lines;
        try (LogCapture capture = LogCapture.of("io.newsdesk.answer", consoleFormat())) {
            given().header(HEADER, id)
                    .contentType("application/json")
                    .accept("text/event-stream")
                    .body(Map.of("question", "Who vetoed the UN resolution?"))
                    .post("/api/v1/ask/stream")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            lines = capture.lines();
        }

        // then
        assertThat(lines)
                .filteredOn(line -> line.formatted().contains("Question via stream"))
                .singleElement()
                .satisfies(line -> assertThat(line.formatted()).contains("[" + id + "]"));
    }

    private static String consoleFormat() {
        return ConfigProvider.getConfig().getValue("quarkus.log.console.format", String.class);
    }
}
