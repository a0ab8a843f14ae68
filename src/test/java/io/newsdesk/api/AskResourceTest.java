package io.newsdesk.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;

import io.newsdesk.testing.ArchiveFixture;
import io.newsdesk.testing.Samples;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class AskResourceTest {

    private static final String ASK = "/api/v1/ask";
    private static final String PROBLEM = "application/problem+json";
    private static boolean loaded;

    @Inject
    ArchiveFixture archive;

    @BeforeEach
    void loadSamplesOnce() {
        if (loaded) {
            return;
        }
        archive.empty();
        given().contentType("text/plain; charset=utf-8")
                .body(Samples.seedArticle())
                .post("/api/v1/articles")
                .then()
                .statusCode(201);
        given().contentType("application/x-ndjson")
                .body(Samples.sampleBatch().getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/articles")
                .then()
                .statusCode(201);
        loaded = true;
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "who vetoed the UN resolution?|Russian Federation",
                "How many Tomahawk cruise missiles did the US launch at Syria?|59",
                "When did the U.S. launch the missiles at Shayrat airbase?|April 6",
                "Who is the Secretary General of NATO?|Jens Stoltenberg",
                "How many times had Russia used its veto to block a resolution against Assad's regime since 2011?|eighth"
            })
    void should_answer_the_seed_questions_with_a_verbatim_citation_holding_the_answer(
            String question, String expected) {
        // when
        JsonPath answer = ask(Map.of("question", question))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        // then
        assertThat(answer.getString("status")).isEqualTo("answered");
        assertThat(answer.getString("answer")).isEqualToIgnoringCase(expected);
        Map<String, Object> first = answer.getMap("citations[0]");
        String text = (String) first.get("text");
        assertThat(text.substring((Integer) first.get("answer_start"), (Integer) first.get("answer_end")))
                .isEqualToIgnoringCase(expected);
        assertCitationsAreVerbatim(answer.getList("citations"));
    }

    @Test
    void should_resolve_on_wednesday_against_the_publication_date() {
        JsonPath answer = ask(Map.of("question", "who vetoed the UN resolution?"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(answer.getString("citations[0].published_at")).isEqualTo("2017-04-21");
        assertThat(answer.getString("citations[0].resolved_dates[0].text")).isEqualTo("on Wednesday");
        assertThat(answer.getString("citations[0].resolved_dates[0].date")).isEqualTo("2017-04-19");
    }

    @Test
    void should_say_not_found_and_show_related_sentences_only_on_the_question_subject() {
        // nothing in the archive is about Australia: no related sentences
        ask(Map.of("question", "What is the capital of Australia?"))
                .then()
                .statusCode(200)
                .body("status", equalTo("not_found"))
                .body("answer", containsString("Nothing in the archive"))
                .body("citations", empty())
                .body("related", empty());
        // the bridge is in the archive, its colour is not: related sentences, each about Kingsport's bridge
        ask(Map.of("question", "What colour is the Kingsport harbour bridge painted?", "min_confidence", 0.99))
                .then()
                .statusCode(200)
                .body("status", equalTo("not_found"))
                .body("related", not(empty()))
                .body("related.text", everyItem(containsString("bridge")));
    }

    @Test
    void should_leave_abstention_to_the_evidence_floor_the_request_sets() {
        // given: the question the samples cannot answer, which the confidence floor alone lets through
        Map<String, Object> question = Map.of("question", "What is the capital of Australia?", "min_confidence", 0.0);

        // when / then: the configured evidence floor refuses it, a request's own floor of 0 lets it be answered
        ask(question).then().statusCode(200).body("status", equalTo("not_found"));
        Map<String, Object> anyEvidence = new java.util.HashMap<>(question);
        anyEvidence.put("min_evidence", 0.0);
        ask(anyEvidence)
                .then()
                .statusCode(200)
                .body("status", equalTo("answered"))
                .body("citations", not(empty()));
    }

    @Test
    void should_answer_an_old_story_asked_long_after_it_as_well_as_that_week_and_show_its_date() {
        // given: the samples' story of the veto came out on 2017-04-21
        String question = "who vetoed the UN resolution?";

        // when / then: asked that week, years later and today (no as_of), it is answered from that story
        for (Map<String, Object> asked : List.of(
                Map.<String, Object>of("question", question, "as_of", "2017-04-22"),
                Map.<String, Object>of("question", question, "as_of", "2026-11-26"),
                Map.<String, Object>of("question", question))) {
            ask(asked)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("answered"))
                    .body("answer", equalTo("Russian Federation"))
                    .body("citations[0].published_at", equalTo("2017-04-21"));
        }
    }

    @Test
    void should_not_cite_an_article_published_after_the_day_asked_on() {
        // when: asked as of a day before the samples' veto story came out
        JsonPath answer = ask(Map.of(
                        "question",
                        "who vetoed the UN resolution?",
                        "as_of",
                        "2017-04-01",
                        "min_evidence",
                        0.0,
                        "min_confidence",
                        0.0))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        // then: every article of the archive came out later, so nothing is there to cite, even with abstention off
        assertThat(answer.getString("status")).isEqualTo("not_found");
        assertThat(answer.getList("citations")).isEmpty();
        assertThat(answer.getList("related")).isEmpty();
    }

    @Test
    void should_honour_filters_and_max_citations() {
        ask(Map.of("question", "who vetoed the UN resolution?", "max_citations", 1))
                .then()
                .statusCode(200)
                .body("citations.size()", equalTo(1));
        ask(Map.of(
                        "question",
                        "who vetoed the UN resolution?",
                        "filters",
                        Map.of("sources", List.of("newsdesk-samples"))))
                .then()
                .statusCode(200)
                .body("status", equalTo("not_found"));
        ask(Map.of("question", "who vetoed the UN resolution?", "filters", Map.of("from", "2020-01-01")))
                .then()
                .statusCode(200)
                .body("status", equalTo("not_found"));
    }

    @Test
    void should_refuse_bad_questions_with_400_problem() {
        ask(Map.of("question", "")).then().statusCode(400).contentType(PROBLEM).body("field", equalTo("question"));
        ask(Map.of("question", "   ")).then().statusCode(400).contentType(PROBLEM);
        ask(Map.of("question", "why ".repeat(200)))
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("detail", containsString("at most"));
        ask(Map.of("question", "who?", "max_citations", 50))
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        ask(Map.of("question", "who?", "min_confidence", 1.5))
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("field", equalTo("min_confidence"));
        ask(Map.of("question", "who?", "min_evidence", -0.1))
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("field", equalTo("min_evidence"));
        ask(Map.of("question", "who?", "as_of", "last week"))
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("field", equalTo("as_of"));
        ask(Map.of("question", "who?", "filters", Map.of("from", "yesterday")))
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("field", equalTo("filters.from"));
        given().contentType("application/json")
                .body("{\"question\": ")
                .post(ASK)
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        given().contentType("application/json")
                .body("{}")
                .post(ASK)
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
    }

    @Test
    void should_list_the_ranked_candidates_with_one_value_per_named_feature() {
        // when
        JsonPath ranking = given().contentType("application/json")
                .body(Map.of("question", "who vetoed the UN resolution?"))
                .post(ASK + "/candidates")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        // then
        List<String> names = ranking.getList("feature_names");
        assertThat(names).contains("similarity", "coverage", "article_similarity", "shape");
        List<Map<String, Object>> candidates = ranking.getList("candidates");
        assertThat(candidates).isNotEmpty();
        assertThat(candidates)
                .allSatisfy(c -> assertThat((List<?>) c.get("features")).hasSize(names.size()));
        List<Float> scores = ranking.getList("candidates.score", Float.class);
        assertThat(scores).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(candidates.get(0).get("text").toString()).contains("vetoed");
    }

    private void assertCitationsAreVerbatim(List<Map<String, Object>> citations) {
        for (Map<String, Object> citation : citations) {
            String articleText = given().get("/api/v1/articles/" + citation.get("article_id"))
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("text");
            assertThat(articleText.substring((Integer) citation.get("char_start"), (Integer) citation.get("char_end")))
                    .isEqualTo(citation.get("text"));
        }
    }

    private io.restassured.response.Response ask(Map<String, Object> body) {
        return given().contentType("application/json").body(body).when().post(ASK);
    }
}
