package io.newsdesk.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

import io.newsdesk.testing.ArchiveFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One answering path, as of a day: the same question finds the story of the day it is asked on, the
 * newest story on the subject when asked long after, the period it names, and never a story that came
 * out after the day asked on.
 */
@QuarkusTest
class RecencyPriorTest {

    private static final String QUESTION = "Who did the Ferrovia city council elect as mayor?";

    @Inject
    ArchiveFixture archive;

    @BeforeEach
    void load() {
        archive.empty();
        ingest(
                "Ferrovia council elects Maria Lenz as mayor",
                "2019-05-10",
                "The Ferrovia city council elected Maria Lenz as mayor on Thursday. Lenz, a former judge, won"
                        + " 31 of the 45 votes. She takes office in June.");
        ingest(
                "Ferrovia council elects Tomas Brand as mayor",
                "2024-05-09",
                "The Ferrovia city council elected Tomas Brand as mayor on Thursday. Brand, a schoolteacher,"
                        + " won 28 of the 45 votes. He succeeds Maria Lenz in June.");
        ingest(
                "Harbour board meets",
                LocalDate.now(ZoneOffset.UTC).minusDays(1).toString(),
                "The Ferrovia harbour board met on Monday to discuss the council's budget for the port. The board"
                        + " elected no new members.");
    }

    @Test
    void should_answer_from_the_story_of_the_day_asked_on_and_never_from_a_later_one() {
        ask(QUESTION, "2019-05-12")
                .body("answer", equalTo("Maria Lenz"))
                .body("citations[0].published_at", equalTo("2019-05-10"));
        ask(QUESTION, "2024-05-11")
                .body("answer", equalTo("Tomas Brand"))
                .body("citations[0].published_at", equalTo("2024-05-09"));
    }

    @Test
    void should_answer_today_from_a_story_on_the_subject_not_from_this_weeks_other_news() {
        ask(QUESTION, null)
                .body("answer", anyOf(equalTo("Tomas Brand"), equalTo("Maria Lenz")))
                .body("citations[0].published_at", anyOf(equalTo("2024-05-09"), equalTo("2019-05-10")));
    }

    @Test
    void should_answer_from_the_period_the_question_names() {
        ask("Who did the Ferrovia city council elect as mayor in 2019?", null)
                .body("answer", equalTo("Maria Lenz"))
                .body("citations[0].published_at", equalTo("2019-05-10"));
    }

    private static ValidatableResponse ask(String question, String asOf) {
        Map<String, Object> body =
                new HashMap<>(Map.of("question", question, "min_evidence", 0.0, "min_confidence", 0.0));
        if (asOf != null) {
            body.put("as_of", asOf);
        }
        return given().contentType("application/json")
                .body(body)
                .post("/api/v1/ask")
                .then()
                .statusCode(200)
                .body("status", equalTo("answered"));
    }

    private static void ingest(String title, String published, String text) {
        given().contentType("application/json")
                .body(Map.of("title", title, "published_at", published, "source", "test", "text", text))
                .post("/api/v1/articles")
                .then()
                .statusCode(201);
    }
}
