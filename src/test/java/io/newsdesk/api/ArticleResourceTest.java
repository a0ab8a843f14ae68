package io.newsdesk.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.newsdesk.testing.ArchiveFixture;
import io.newsdesk.testing.Samples;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleResourceTest {

    private static final String ARTICLES = "/api/v1/articles";

    @Inject
    ArchiveFixture archive;

    @BeforeEach
    void emptyArchive() {
        archive.empty();
    }

    @Test
    void should_store_sentences_with_exact_offsets_when_an_article_is_posted_as_json() {
        // given
        String text = "The U.S. Senate voted on Tuesday. Sen. Maria Lopez said the bill costs $1.5 billion.\n\n"
                + "\"We will fight,\" she said. The vote was 51 to 49.";
        Map<String, Object> article = Map.of(
                "title",
                "Senate passes bill",
                "text",
                text,
                "source",
                "wire",
                "published_at",
                "2024-02-06",
                "url",
                "https://example.com/senate",
                "metadata",
                Map.of("desk", "politics"));

        // when
        JsonPath created = given().contentType("application/json")
                .body(article)
                .when()
                .post(ARTICLES)
                .then()
                .statusCode(201)
                .header("Location", containsString(ARTICLES + "/"))
                .body("status", equalTo("created"))
                .body("sentence_count", equalTo(4))
                .extract()
                .jsonPath();

        // then
        JsonPath stored = given().when()
                .get(ARTICLES + "/" + created.getString("id"))
                .then()
                .statusCode(200)
                .body("title", equalTo("Senate passes bill"))
                .body("published_at", equalTo("2024-02-06"))
                .body("metadata.desk", equalTo("politics"))
                .extract()
                .jsonPath();
        String storedText = stored.getString("text");
        List<Map<String, Object>> sentences = stored.getList("sentences");
        assertThat(sentences)
                .extracting(s -> s.get("text"))
                .containsExactly(
                        "The U.S. Senate voted on Tuesday.", "Sen. Maria Lopez said the bill costs $1.5 billion.",
                        "\"We will fight,\" she said.", "The vote was 51 to 49.");
        for (Map<String, Object> sentence : sentences) {
            int start = (Integer) sentence.get("char_start");
            int end = (Integer) sentence.get("char_end");
            assertThat(storedText.substring(start, end)).isEqualTo(sentence.get("text"));
        }
        assertThat(archive.queryLong("SELECT count(*) FROM sentences WHERE vector_dims(embedding) = 384"))
                .isEqualTo(4);
    }

    @Test
    void should_keep_offsets_exact_when_the_text_has_emoji_and_other_scripts() {
        // given: emoji outside the Basic Multilingual Plane, accents, Cyrillic, a zero-width space
        String text =
                "\uD83C\uDDE7\uD83C\uDDF7 Pel\u00e9 scored 1,283 goals.\u200b \u041c\u043e\u0441\u043a\u0432\u0430 "
                        + "replied. \uD83D\uDE00 Fans cheered!";

        // when
        String id = postJson(Map.of("title", "Emoji", "text", text))
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        // then: offsets count UTF-16 code units, as Java and JavaScript strings do
        JsonPath stored = given().get(ARTICLES + "/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String storedText = stored.getString("text");
        assertThat(storedText).doesNotContain("\u200b");
        List<Map<String, Object>> sentences = stored.getList("sentences");
        assertThat(sentences).hasSize(3);
        for (Map<String, Object> sentence : sentences) {
            assertThat(storedText.substring((Integer) sentence.get("char_start"), (Integer) sentence.get("char_end")))
                    .isEqualTo(sentence.get("text"));
        }
    }

    @Test
    void should_return_the_same_id_and_write_nothing_when_identical_content_is_posted_again() {
        // given
        String first = postSeed().then().statusCode(201).extract().path("id");
        long sentencesBefore = archive.count("sentences");

        // when
        String second = postSeed()
                .then()
                .statusCode(200)
                .body("status", equalTo("unchanged"))
                .extract()
                .path("id");

        // then
        assertThat(second).isEqualTo(first);
        assertThat(archive.count("articles")).isEqualTo(1);
        assertThat(archive.count("sentences")).isEqualTo(sentencesBefore);
    }

    @Test
    void should_parse_the_scraped_layout_when_text_plain_is_posted() {
        // when
        String id = postSeed().then().statusCode(201).extract().path("id");

        // then
        JsonPath article = given().get(ARTICLES + "/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(article.getString("title"))
                .isEqualTo("USA intelligence intercepted communications between Syrian military and chemical experts");
        assertThat(article.getString("published_at")).isEqualTo("2017-04-21");
        assertThat(article.getString("section")).isEqualTo("World");
        assertThat(article.getString("author")).isEqualTo("Paul Elliott");
        assertThat(article.getString("text")).startsWith("Moscow has accused").doesNotContain("Like this:");
        assertThat(article.getList("sentences.text", String.class))
                .contains("Russian Federation is Syria's ally, and on"
                        + " Wednesday, the country vetoed a United Nations resolution that would have called on Syria to help"
                        + " in an worldwide investigation of the attack.");
    }

    @Test
    void should_replace_sentences_atomically_when_the_same_external_id_comes_with_new_text() {
        // given
        String id = postJson(Map.of("external_id", "story-1", "title", "Draft", "text", "First version. It has two."))
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        // when
        postJson(Map.of("external_id", "story-1", "title", "Final", "text", "Second version only."))
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("status", equalTo("replaced"));

        // then
        given().get(ARTICLES + "/" + id)
                .then()
                .statusCode(200)
                .body("title", equalTo("Final"))
                .body("sentences.text", equalTo(List.of("Second version only.")));
        assertThat(archive.count("articles")).isEqualTo(1);
        assertThat(archive.count("sentences")).isEqualTo(1);
    }

    @Test
    void should_list_newest_first_with_sentence_counts_and_filter_by_source_and_date() {
        // given
        given().contentType("application/x-ndjson")
                .body(Samples.sampleBatch().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post(ARTICLES)
                .then()
                .statusCode(201)
                .body("created", equalTo(3));
        postSeed().then().statusCode(201);

        // when / then
        given().get(ARTICLES)
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(4))
                .body("items[0].published_at", equalTo("2024-06-20"))
                .body("items[3].published_at", equalTo("2017-04-21"))
                .body("items[0].sentence_count", equalTo(4));
        given().queryParam("source", "newsdesk-samples")
                .queryParam("from", "2024-04-01")
                .get(ARTICLES)
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(2));
        given().queryParam("limit", 3)
                .get(ARTICLES)
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(3))
                .body("next_offset", equalTo(3));
    }

    @Test
    void should_remove_article_and_sentences_when_deleted() {
        // given
        String id = postSeed().then().statusCode(201).extract().path("id");

        // when
        given().delete(ARTICLES + "/" + id).then().statusCode(204);

        // then
        given().get(ARTICLES + "/" + id).then().statusCode(404).contentType("application/problem+json");
        assertThat(archive.count("sentences")).isZero();
    }

    @Test
    void should_answer_404_problem_when_the_id_is_unknown_or_malformed() {
        given().get(ARTICLES + "/00000000-0000-0000-0000-000000000000")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
        given().get(ARTICLES + "/..%2F..%2Fetc%2Fpasswd")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    private io.restassured.response.Response postSeed() {
        return given().contentType("text/plain; charset=utf-8")
                .body(Samples.seedArticle())
                .when()
                .post(ARTICLES);
    }

    private io.restassured.response.Response postJson(Object body) {
        return given().contentType("application/json").body(body).when().post(ARTICLES);
    }
}
