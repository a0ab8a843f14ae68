package io.newsdesk.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.newsdesk.testing.ArchiveFixture;
import io.newsdesk.testing.Poll;
import io.newsdesk.testing.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A bulk load's way round the vector index: defer it, load, build it once, and answer right throughout. */
@QuarkusTest
class VectorIndexTest {

    private static final String INDEX = "/api/v1/admin/vector-index";
    private static final String INDEX_EXISTS =
            "SELECT count(*) FROM pg_indexes WHERE indexname = 'sentences_embedding_hnsw_idx'";

    @Inject
    ArchiveFixture archive;

    @BeforeEach
    void oneArticle() {
        archive.empty();
        ingest("Veto at the UN", "Russian Federation vetoed the United Nations resolution on Syria on Wednesday.");
    }

    @AfterEach
    void indexBuilt() {
        put("built");
        Poll.until("the vector index is built", Duration.ofSeconds(60), () -> archive.queryLong(INDEX_EXISTS) == 1);
    }

    @Test
    void should_answer_while_the_index_is_deferred_and_once_it_is_built_again() {
        // when the index is deferred
        put("deferred").then().statusCode(200).body("state", equalTo("deferred"));
        assertThat(archive.queryLong(INDEX_EXISTS)).isZero();

        // then articles still go in and questions are answered from them
        ingest("Harbour vote", "The harbour council approved the new ferry terminal on Tuesday.");
        assertAnswer("Who vetoed the United Nations resolution on Syria?", "Russian Federation");
        assertAnswer("What did the harbour council approve?", "new ferry terminal");

        // when it is built
        put("built").then().statusCode(202).body("state", equalTo("building"));
        Poll.until(
                "the vector index is built",
                Duration.ofSeconds(60),
                () -> "built"
                        .equals(given().get(INDEX)
                                .then()
                                .statusCode(200)
                                .extract()
                                .path("state")));

        // then it is there and the answers are the same
        assertThat(archive.queryLong(INDEX_EXISTS)).isEqualTo(1);
        assertAnswer("Who vetoed the United Nations resolution on Syria?", "Russian Federation");
        put("built").then().statusCode(200).body("state", equalTo("built"));
    }

    @Test
    void should_leave_the_index_to_admin_keys() {
        given().header("X-API-Key", TestKeys.INGEST)
                .contentType("application/json")
                .body(Map.of("state", "deferred"))
                .put(INDEX)
                .then()
                .statusCode(403);
        given().header("X-API-Key", TestKeys.ASK).get(INDEX).then().statusCode(403);
        assertThat(archive.queryLong(INDEX_EXISTS)).isEqualTo(1);
    }

    @Test
    void should_refuse_a_state_it_does_not_know_with_a_problem() {
        given().contentType("application/json")
                .body(Map.of("state", "gone"))
                .put(INDEX)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("state"));
        assertThat(archive.queryLong(INDEX_EXISTS)).isEqualTo(1);
    }

    private static io.restassured.response.Response put(String state) {
        return given().contentType("application/json")
                .body(Map.of("state", state))
                .put(INDEX);
    }

    private static void ingest(String title, String text) {
        given().contentType("application/json")
                .body(Map.of("title", title, "source", "index-test", "published_at", "2024-03-06", "text", text))
                .post("/api/v1/articles")
                .then()
                .statusCode(201);
    }

    private static void assertAnswer(String question, String answer) {
        given().contentType("application/json")
                .body(Map.of("question", question, "as_of", "2024-03-07"))
                .post("/api/v1/ask")
                .then()
                .statusCode(200)
                .body("status", equalTo("answered"))
                .body("answer", equalTo(answer));
    }
}
