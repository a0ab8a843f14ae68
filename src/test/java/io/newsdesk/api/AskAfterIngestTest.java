package io.newsdesk.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.newsdesk.testing.ArchiveFixture;
import io.newsdesk.testing.Samples;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AskAfterIngestTest {

    @Inject
    ArchiveFixture archive;

    @Test
    void should_answer_from_a_new_article_right_after_it_was_ingested_even_if_the_question_was_asked_before() {
        // given the question was asked and not found
        archive.empty();
        given().contentType("text/plain; charset=utf-8")
                .body(Samples.seedArticle())
                .post("/api/v1/articles")
                .then()
                .statusCode(201);
        Map<String, Object> question = Map.of("question", "What is the capital of Australia?");
        given().contentType("application/json")
                .body(question)
                .post("/api/v1/ask")
                .then()
                .statusCode(200)
                .body("status", equalTo("not_found"));

        // when an article holding the answer arrives
        given().contentType("application/json")
                .body(Map.of(
                        "title",
                        "Canberra marks its anniversary",
                        "published_at",
                        "2017-04-20",
                        "source",
                        "test",
                        "text",
                        "Canberra is the capital of Australia."
                                + " The city was chosen as the capital of Australia in 1908 as a compromise between Sydney"
                                + " and Melbourne."))
                .post("/api/v1/articles")
                .then()
                .statusCode(201);

        // then the same question is answered from it, not from a remembered answer
        given().contentType("application/json")
                .body(question)
                .post("/api/v1/ask")
                .then()
                .statusCode(200)
                .body("status", equalTo("answered"))
                .body("answer", equalTo("Canberra"));
    }
}
