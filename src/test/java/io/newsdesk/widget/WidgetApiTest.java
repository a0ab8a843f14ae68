package io.newsdesk.widget;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.newsdesk.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The widget's server side: the script's caching headers, what a public key may do, CORS, rate limit. */
@QuarkusTest
class WidgetApiTest {

    private static final String KEY = "newsdesk-demo";
    private static final String PROBLEM = "application/problem+json";

    @Inject
    TestClock clock;

    @AfterEach
    void refillBuckets() {
        // Every bucket is full again a minute later; later tests start with a full bucket.
        clock.advance(Duration.ofMinutes(2));
        given().header("X-API-Key", KEY).post("/api/v1/conversations").then().statusCode(201);
        clock.reset();
    }

    @Test
    void should_serve_the_script_with_caching_headers_and_revalidate_with_its_etag() {
        // when
        Response script = given().get("/widget.js");

        // then
        script.then()
                .statusCode(200)
                .contentType(containsString("javascript"))
                .header("Cache-Control", "public, max-age=3600");
        String etag = script.header("ETag");
        assertThat(etag).matches("\"[0-9a-f]{24}\"");
        given().header("If-None-Match", etag).get("/widget.js").then().statusCode(304);
        given().head("/widget.js")
                .then()
                .statusCode(200)
                .header("Cache-Control", "public, max-age=3600")
                .header("ETag", etag);
        given().get("/").then().statusCode(200).header("Cache-Control", "no-cache");
    }

    @Test
    void should_refuse_ingest_and_delete_with_a_widget_key() {
        // when / then
        given().header("X-API-Key", KEY)
                .contentType("application/json")
                .body(Map.of("title", "t", "text", "x"))
                .post("/api/v1/articles")
                .then()
                .statusCode(403)
                .contentType(PROBLEM)
                .body("detail", containsString("only ask"));
        given().header("X-API-Key", KEY)
                .delete("/api/v1/articles/" + UUID.randomUUID())
                .then()
                .statusCode(403);
        given().header("X-API-Key", KEY).get("/api/v1/articles").then().statusCode(403);
    }

    @Test
    void should_let_a_widget_key_ask_and_converse() {
        given().header("X-API-Key", KEY)
                .contentType("application/json")
                .body(Map.of("question", "Who won?"))
                .post("/api/v1/ask")
                .then()
                .statusCode(200);
        String id = given().header("X-API-Key", KEY)
                .post("/api/v1/conversations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().header("X-API-Key", KEY)
                .get("/api/v1/conversations/" + id)
                .then()
                .statusCode(200);
    }

    @Test
    void should_refuse_a_request_from_an_origin_that_is_not_allowed() {
        // when
        Response evil = given().header("Origin", "https://evil.example")
                .contentType("application/json")
                .body(Map.of("question", "Who won?"))
                .post("/api/v1/ask");

        // then: refused, and nothing tells a browser it may read the answer
        evil.then().statusCode(403).header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .options("/api/v1/ask/stream")
                .then()
                .statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void should_allow_a_configured_origin_with_the_key_header() {
        given().header("Origin", "https://allowed.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,x-api-key")
                .options("/api/v1/conversations")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "https://allowed.example")
                .header("Access-Control-Allow-Headers", containsString("X-API-Key"));
        given().header("Origin", "https://allowed.example")
                .header("X-API-Key", KEY)
                .post("/api/v1/conversations")
                .then()
                .statusCode(201)
                .header("Access-Control-Allow-Origin", "https://allowed.example");
    }

    @Test
    void should_answer_429_with_retry_after_once_a_visitor_used_the_minute() {
        // given: the visitor's bucket is emptied with cheap requests
        int allowed = 0;
        Response last = null;
        for (int i = 0; i < 1000; i++) {
            last = given().header("X-API-Key", KEY).get("/api/v1/conversations/" + UUID.randomUUID());
            if (last.statusCode() == 429) {
                break;
            }
            allowed++;
        }

        // then
        // 200 a minute in tests, plus what refilled while the loop ran
        assertThat(allowed).isBetween(1, 300);
        last.then()
                .statusCode(429)
                .contentType(PROBLEM)
                .body("status", equalTo(429))
                .body("detail", containsString("try again in"));
        assertThat(Integer.parseInt(last.header("Retry-After"))).isBetween(1, 60);
        // a request without the widget key is not the widget's to limit
        given().get("/api/v1/articles").then().statusCode(200);
    }
}
