package io.newsdesk.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.newsdesk.testing.ArchiveFixture;
import io.newsdesk.testing.PrometheusScrape;
import io.newsdesk.testing.TestKeys;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The mistakes of a careless or hostile client, each answered with a 4xx problem a person can act
 * on (never a 500 with a stack trace, never a Java class name), and refused before the work they
 * would cost.
 */
@QuarkusTest
class ClientMistakeTest {

    private static final String PROBLEM = "application/problem+json";
    private static final RestAssuredConfig RAW = RestAssuredConfig.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    @Inject
    ArchiveFixture archive;

    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    void emptyArchive() {
        archive.empty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"max_citations\": 2.5}",
                "{\"max_citations\": \"3\"}",
                "{\"min_confidence\": \"0.5\"}",
                "{\"filters\": {\"sources\": [null]}}",
                "{\"as_of\": \"-999999999-01-01\"}",
                "{\"filters\": {\"from\": \"-4713-01-01\"}}",
                "{\"filters\": {\"to\": \"+999999999-12-31\"}}"
            })
    void should_refuse_a_question_field_with_400_naming_it_in_json_terms(String fields) {
        // given
        String body = "{\"question\": \"Who vetoed the resolution?\", " + fields.substring(1);

        // when
        Response asked = given().contentType("application/json").body(body).post("/api/v1/ask");

        // then
        asked.then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("field", not(equalTo(null)))
                .body("detail", not(containsString("java.")))
                .body("detail", not(containsString("Integer")));
    }

    @Test
    void should_say_a_whole_number_is_needed_when_max_citations_is_a_fraction() {
        given().contentType("application/json")
                .body("{\"question\": \"Who?\", \"max_citations\": 2.5}")
                .post("/api/v1/ask")
                .then()
                .statusCode(400)
                .body("field", equalTo("max_citations"))
                .body("detail", equalTo("field \"max_citations\" must be a whole number"));
    }

    @Test
    void should_refuse_an_article_published_beyond_the_year_9999_and_store_nothing() {
        given().contentType("application/json")
                .body(Map.of("title", "Far", "text", "A date too far.", "published_at", "+999999999-12-31T23:59:59Z"))
                .post("/api/v1/articles")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("field", equalTo("published_at"))
                .body("detail", containsString("outside the years 1 to 9999"));

        assertThat(archive.count("articles")).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"from=-4713-01-01", "limit=abc", "offset=99999999999999", "limit=0", "offset=-1"})
    void should_refuse_a_bad_article_list_query_with_400_not_404(String query) {
        given().get("/api/v1/articles?" + query)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("field", equalTo(query.substring(0, query.indexOf('='))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a/b/c", "/", "text"})
    void should_refuse_a_content_type_that_is_no_media_type_with_415(String contentType) {
        // when
        Response ingest = given().config(RAW)
                .header("Content-Type", contentType)
                .body("{\"title\": \"T\", \"text\": \"One.\"}".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/articles");
        Response ask = given().config(RAW)
                .header("Content-Type", contentType)
                .body("{\"question\": \"Who?\"}".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/ask");

        // then
        ingest.then()
                .statusCode(415)
                .contentType(PROBLEM)
                .body("detail", containsString(contentType))
                .body("detail", containsString("application/x-ndjson"));
        ask.then().statusCode(415).contentType(PROBLEM).body("detail", containsString("send application/json (UTF-8)"));
        assertThat(archive.count("articles")).isZero();
    }

    @Test
    void should_tell_the_ask_endpoint_takes_json_only_when_sent_plain_text() {
        given().contentType("text/plain")
                .body("Who vetoed?")
                .post("/api/v1/ask")
                .then()
                .statusCode(415)
                .body(
                        "detail",
                        equalTo("Content-Type \"text/plain; charset=ISO-8859-1\" is not accepted here: send"
                                + " application/json (UTF-8)"));
    }

    @Test
    void should_refuse_an_oversized_one_article_body_before_it_is_sent() throws Exception {
        // given: headers announcing 50 MB, and no body ever sent
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/articles HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                            + "X-API-Key: " + TestKeys.INGEST + "\r\nContent-Length: 50000000\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();

            // when
            String status = new BufferedReader(
                            new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();

            // then: answered from the headers alone
            assertThat(status).isEqualTo("HTTP/1.1 413 Request Entity Too Large");
        }
    }

    @Test
    void should_send_security_headers_with_the_demo_page_and_the_widget_script() {
        Response page = given().get("/");
        Response script = given().get("/widget.js");

        page.then()
                .statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", containsString("frame-ancestors 'self'"))
                .header("Content-Security-Policy", containsString("script-src 'self' 'sha256-"));
        script.then()
                .statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    }

    @Test
    void should_record_made_up_paths_under_one_uri_tag() {
        // when: 300 made-up paths, refused before routing
        for (int i = 0; i < 300; i++) {
            given().header("X-API-Key", "not-a-key")
                    .post("/api/v1/made-up-" + i)
                    .then()
                    .statusCode(401);
        }
        given().get("/api/v1/articles").then().statusCode(200);

        // then
        String requests = PrometheusScrape.now().lines("http_server_requests_seconds_count");
        assertThat(requests)
                .doesNotContain("made-up-")
                .contains("uri=\"UNMATCHED\"")
                .contains("uri=\"/api/v1/articles\"");
    }
}
