package io.newsdesk.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.newsdesk.testing.ArchiveFixture;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleBadInputTest {

    private static final String ARTICLES = "/api/v1/articles";
    private static final String PROBLEM = "application/problem+json";

    @Inject
    ArchiveFixture archive;

    @BeforeEach
    void emptyArchive() {
        archive.empty();
    }

    @AfterEach
    void nothingStored() {
        assertThat(archive.count("articles")).isZero();
        assertThat(archive.count("sentences")).isZero();
    }

    @Test
    void should_refuse_with_400_when_text_is_empty_or_whitespace() {
        postJson("{\"title\":\"t\",\"text\":\"\"}")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("field", equalTo("text"))
                .body("detail", containsString("text"));
        postJson("{\"title\":\"t\",\"text\":\"  \\n\\t \"}")
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        postJson("{\"title\":\"t\",\"text\":\"\\u200b\\u200b\"}")
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
    }

    @Test
    void should_refuse_with_413_when_text_is_over_the_limit() {
        String big = "word ".repeat(220_000);
        postJson("{\"title\":\"t\",\"text\":\"" + big + "\"}")
                .then()
                .statusCode(413)
                .contentType(PROBLEM)
                .body("detail", containsString("1048576"));
    }

    @Test
    void should_refuse_with_400_when_json_is_malformed() {
        postJson("{\"title\": \"t\", \"text\": ")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("detail", containsString("not valid JSON"));
        postJson("[1,2]").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void should_name_the_field_when_it_is_unknown_or_of_the_wrong_type() {
        postJson("{\"title\":\"t\",\"text\":\"Fine text.\",\"colour\":\"red\"}")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("detail", containsString("colour"));
        postJson("{\"title\":\"t\",\"text\":42}")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("field", equalTo("text"));
        postJson("{\"title\":\"t\",\"text\":\"Fine text.\",\"metadata\":[1]}")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("field", equalTo("metadata"));
    }

    @Test
    void should_refuse_with_400_when_the_date_cannot_be_parsed() {
        postJson("{\"title\":\"t\",\"text\":\"Fine text.\",\"published_at\":\"21/04/2017\"}")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("field", equalTo("published_at"))
                .body("detail", containsString("21/04/2017"));
        given().contentType("text/plain")
                .body("Published: Someday, Never 99\nTitle\nBody text here.")
                .post(ARTICLES)
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
    }

    @Test
    void should_refuse_with_400_when_the_body_is_not_utf8() {
        byte[] body = "{\"title\":\"t\",\"text\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        given().contentType("application/json")
                .body(body)
                .post(ARTICLES)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("detail", containsString("UTF-8"));
    }

    @Test
    void should_refuse_with_415_when_the_content_type_is_unsupported() {
        given().contentType("application/xml")
                .body("<article/>")
                .post(ARTICLES)
                .then()
                .statusCode(415)
                .contentType(PROBLEM)
                .body("detail", containsString("application/json"));
    }

    @Test
    void should_name_every_bad_line_and_store_nothing_when_a_batch_has_bad_lines() {
        String batch = "{\"title\":\"ok\",\"text\":\"A good article.\"}\n"
                + "{\"title\":\"bad\",\"text\":\"\"}\n"
                + "\n"
                + "not json\n"
                + "{\"title\":\"ok 2\",\"text\":\"Another good one.\"}\n";
        given().contentType("application/x-ndjson")
                .body(batch.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post(ARTICLES)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.line", equalTo(java.util.List.of(2, 4)));
    }

    @Test
    void should_refuse_a_bad_url() {
        postJson("{\"title\":\"t\",\"text\":\"Fine text.\",\"url\":\"javascript:alert(1)\"}")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("field", equalTo("url"));
    }

    private io.restassured.response.Response postJson(String json) {
        return given().contentType("application/json").body(json).when().post(ARTICLES);
    }
}
