package io.newsdesk.access;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.newsdesk.testing.ArchiveFixture;
import io.newsdesk.testing.ChunkedUpload;
import io.newsdesk.testing.TestKeys;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Request sizes: question bodies (16 KiB), question length, NDJSON batch size. */
@QuarkusTest
class RequestLimitsTest {

    private static final String PROBLEM = "application/problem+json";
    private static final int ASK_BODY_LIMIT = 16 * 1024;

    @Inject
    ArchiveFixture archive;

    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    void emptyArchive() {
        archive.empty();
    }

    @Test
    void should_refuse_a_question_body_over_16_kib_with_413_problem() {
        // given: valid JSON, just too large
        String padded =
                "{\"question\": \"Who won?\", \"filters\": {\"sources\": [\"" + "x".repeat(ASK_BODY_LIMIT) + "\"]}}";

        // when / then
        for (String path : new String[] {"/api/v1/ask", "/api/v1/ask/stream", "/api/v1/ask/features"}) {
            given().contentType("application/json")
                    .body(padded)
                    .post(path)
                    .then()
                    .statusCode(413)
                    .contentType(PROBLEM)
                    .body("type", equalTo("https://newsdesk.dev/problems/too-large"))
                    .body("title", equalTo("Content too large"))
                    .body("status", equalTo(413))
                    .body("detail", containsString(String.valueOf(ASK_BODY_LIMIT)));
        }
        String conversation = given().post("/api/v1/conversations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().contentType("application/json")
                .body("{\"question\": \"" + "x".repeat(ASK_BODY_LIMIT) + "\"}")
                .post("/api/v1/conversations/" + conversation + "/messages")
                .then()
                .statusCode(413)
                .contentType(PROBLEM);
        // just under the limit is read, and refused only for what it says
        given().contentType("application/json")
                .body("{\"question\": \"" + "x".repeat(ASK_BODY_LIMIT - 100) + "\"}")
                .post("/api/v1/ask")
                .then()
                .statusCode(400)
                .body("field", equalTo("question"));
    }

    @Test
    void should_refuse_a_chunked_question_body_over_the_limit_too() throws Exception {
        // given: no Content-Length, so the door cannot see the size up front
        byte[] body = ("{\"question\": \"" + "x".repeat(2 * ASK_BODY_LIMIT) + "\"}").getBytes(StandardCharsets.UTF_8);

        // when
        HttpResponse<String> response = ChunkedUpload.post(
                base, "/api/v1/ask", body, "Content-Type", "application/json", "X-API-Key", TestKeys.ASK);

        // then
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith(PROBLEM));
        assertThat(response.body()).contains("\"status\":413");
    }

    @Test
    void should_refuse_a_question_over_the_length_limit_with_400() {
        given().contentType("application/json")
                .body(Map.of("question", "why ".repeat(126)))
                .post("/api/v1/ask")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("field", equalTo("question"));
    }

    @Test
    void should_refuse_a_batch_over_the_line_limit_with_413_and_store_nothing() {
        // given: 501 valid lines, one more than newsdesk.ingest.max-batch-articles
        StringBuilder batch = new StringBuilder();
        for (int i = 0; i < 501; i++) {
            batch.append("{\"title\":\"Line ")
                    .append(i)
                    .append("\",\"text\":\"Line ")
                    .append(i)
                    .append(" text.\"}\n");
        }

        // when / then
        given().contentType("application/x-ndjson")
                .body(batch.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/articles")
                .then()
                .statusCode(413)
                .contentType(PROBLEM)
                .body("status", equalTo(413))
                .body("detail", containsString("501"))
                .body("detail", containsString("500"));
        assertThat(archive.count("articles")).isZero();
        assertThat(archive.count("sentences")).isZero();
    }
}
