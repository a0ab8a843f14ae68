package io.newsdesk.telemetry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.testing.ArchiveFixture;
import io.newsdesk.testing.PrometheusScrape;
import io.newsdesk.testing.SampleArchive;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MetricsTest {

    private static final String ASK_COUNT = "newsdesk_ask_seconds_count";
    private static final String ARTICLES = "newsdesk_ingest_articles_total";
    private static final String SENTENCES = "newsdesk_ingest_sentences_embedded_total";
    private static final String REJECTED = "newsdesk_requests_rejected_total";
    private static boolean loaded;

    @Inject
    ArchiveFixture archive;

    @BeforeEach
    void loadSamplesOnce() {
        if (!loaded) {
            SampleArchive.load(archive);
            loaded = true;
        }
    }

    @Test
    void should_time_a_question_by_endpoint_status_and_mode_with_a_histogram() {
        // given
        PrometheusScrape before = PrometheusScrape.now();

        // when
        JsonPath answer = given().contentType("application/json")
                .body(Map.of("question", "Who vetoed the UN resolution?"))
                .post("/api/v1/ask")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        // then
        PrometheusScrape after = PrometheusScrape.now();
        Map<String, String> tags =
                Map.of("endpoint", "ask", "status", answer.getString("status"), "mode", answer.getString("mode"));
        assertThat(tags).containsEntry("status", "answered").containsEntry("mode", "extractive");
        assertThat(delta(before, after, ASK_COUNT, tags))
                .as(after.lines("newsdesk_ask_seconds_count"))
                .isEqualTo(1);
        assertThat(after.value("newsdesk_ask_seconds_bucket", Map.of("endpoint", "ask", "le", "+Inf")))
                .isGreaterThanOrEqualTo(1);
        assertThat(delta(before, after, "newsdesk_retrieval_seconds_count", Map.of()))
                .isGreaterThanOrEqualTo(1);
        assertThat(delta(before, after, "newsdesk_answer_extraction_seconds_count", Map.of()))
                .isGreaterThanOrEqualTo(1);
        // without standbys, the primary served the question's searches
        assertThat(delta(before, after, "newsdesk_reads_total", Map.of("kind", "question", "datasource", "primary")))
                .isEqualTo(delta(before, after, "newsdesk_retrieval_seconds_count", Map.of()));
    }

    @Test
    void should_tag_not_found_invalid_and_streamed_questions_apart() {
        // given
        Map<String, String> notFound = Map.of("endpoint", "ask", "status", "not_found");
        Map<String, String> invalid = Map.of("endpoint", "ask", "status", "invalid");
        Map<String, String> streamed = Map.of("endpoint", "stream", "status", "answered");
        PrometheusScrape before = PrometheusScrape.now();

        // when
        given().contentType("application/json")
                .body(Map.of("question", "What is the capital of Australia?"))
                .post("/api/v1/ask")
                .then()
                .statusCode(200);
        given().contentType("application/json")
                .body(Map.of("question", "  "))
                .post("/api/v1/ask")
                .then()
                .statusCode(400);
        given().contentType("application/json")
                .accept("text/event-stream")
                .body(Map.of("question", "Who vetoed the UN resolution?"))
                .post("/api/v1/ask/stream")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        // then
        PrometheusScrape after = PrometheusScrape.now();
        assertThat(after.value(ASK_COUNT, notFound) - before.value(ASK_COUNT, notFound))
                .isEqualTo(1);
        assertThat(after.value(ASK_COUNT, invalid) - before.value(ASK_COUNT, invalid))
                .isEqualTo(1);
        assertThat(after.value(ASK_COUNT, streamed) - before.value(ASK_COUNT, streamed))
                .isEqualTo(1);
    }

    @Test
    void should_count_created_unchanged_replaced_and_rejected_articles_and_embedded_sentences() {
        // given
        String externalId = "metrics-" + UUID.randomUUID();
        String first = article(externalId, "The mayor opened the bridge on Monday. Traffic started at noon.");
        String second = article(
                externalId, "The mayor closed the bridge on Tuesday. It needs repairs. " + "Work starts in May.");
        PrometheusScrape before = PrometheusScrape.now();

        // when
        given().contentType("application/json")
                .body(first)
                .post("/api/v1/articles")
                .then()
                .statusCode(201);
        given().contentType("application/json")
                .body(first)
                .post("/api/v1/articles")
                .then()
                .statusCode(200);
        int replacedSentences = given().contentType("application/json")
                .body(second)
                .post("/api/v1/articles")
                .then()
                .statusCode(200)
                .extract()
                .path("sentence_count");
        given().contentType("application/json")
                .body("{\"title\": \"Empty\", \"text\": \" \"}")
                .post("/api/v1/articles")
                .then()
                .statusCode(400);
        String batch = article("a", "One.") + "\n{\"title\": 1}\n" + article("b", "Two.");
        given().contentType("application/x-ndjson")
                .body(batch.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/articles")
                .then()
                .statusCode(400);

        // then
        PrometheusScrape after = PrometheusScrape.now();
        assertThat(delta(before, after, ARTICLES, Map.of("outcome", "created"))).isEqualTo(1);
        assertThat(delta(before, after, ARTICLES, Map.of("outcome", "unchanged")))
                .isEqualTo(1);
        assertThat(delta(before, after, ARTICLES, Map.of("outcome", "replaced")))
                .isEqualTo(1);
        assertThat(delta(before, after, ARTICLES, Map.of("outcome", "rejected")))
                .isEqualTo(1 + 3);
        assertThat(delta(before, after, SENTENCES, Map.of())).isEqualTo(2 + replacedSentences);
        assertThat(replacedSentences).isEqualTo(3);
    }

    @Test
    void should_count_rejected_requests_by_status() {
        // given
        PrometheusScrape before = PrometheusScrape.now();

        // when
        given().contentType("application/json")
                .body("{\"question\": ")
                .post("/api/v1/ask")
                .then()
                .statusCode(400);
        given().get("/api/v1/articles/" + UUID.randomUUID()).then().statusCode(404);
        given().contentType("application/xml")
                .body("<a/>")
                .post("/api/v1/articles")
                .then()
                .statusCode(415);
        given().header("X-API-Key", "newsdesk-demo")
                .delete("/api/v1/articles/" + UUID.randomUUID())
                .then()
                .statusCode(403);

        // then
        PrometheusScrape after = PrometheusScrape.now();
        for (String status : new String[] {"400", "404", "415", "403"}) {
            assertThat(delta(before, after, REJECTED, Map.of("status", status)))
                    .as(status)
                    .isEqualTo(1);
        }
    }

    @Test
    void should_expose_the_jvm_http_server_and_connection_pool_metrics() {
        PrometheusScrape scrape = PrometheusScrape.now();

        assertThat(scrape.has("jvm_memory_used_bytes")).isTrue();
        assertThat(scrape.has("jvm_gc_pause_seconds_count") || scrape.has("jvm_gc_memory_allocated_bytes_total"))
                .isTrue();
        assertThat(scrape.has("http_server_requests_seconds_count")).isTrue();
        assertThat(scrape.has("agroal_active_count")).as("connection pool").isTrue();
    }

    private static double delta(
            PrometheusScrape before, PrometheusScrape after, String name, Map<String, String> tags) {
        return after.value(name, tags) - before.value(name, tags);
    }

    private static String article(String externalId, String text) {
        return "{\"external_id\": \"" + externalId + "\", \"title\": \"Bridge " + externalId + "\", \"text\": \"" + text
                + "\"}";
    }
}
