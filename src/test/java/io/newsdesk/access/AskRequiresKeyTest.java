package io.newsdesk.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.newsdesk.testing.LimitsTestProfile;
import io.newsdesk.testing.TestClock;
import io.newsdesk.testing.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** With {@code newsdesk.auth.ask-requires-key=true} asking, conversing and reading need a key too. */
@QuarkusTest
@Tag("limits")
@TestProfile(LimitsTestProfile.class)
class AskRequiresKeyTest {

    private static final Map<String, String> QUESTION = Map.of("question", "Who won?");

    @Inject
    TestClock clock;

    @BeforeEach
    void fullBuckets() {
        clock.advance(Duration.ofMinutes(2));
    }

    @Test
    void should_refuse_asking_conversing_and_reading_without_a_key() {
        TestKeys.anonymous()
                .contentType("application/json")
                .body(QUESTION)
                .post("/api/v1/ask")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("detail", containsString("ask scope"));
        TestKeys.anonymous()
                .contentType("application/json")
                .body(QUESTION)
                .post("/api/v1/ask/stream")
                .then()
                .statusCode(401);
        TestKeys.anonymous().post("/api/v1/conversations").then().statusCode(401);
        TestKeys.anonymous().get("/api/v1/articles").then().statusCode(401);
    }

    @Test
    void should_let_an_ask_key_and_the_deployments_own_widget_key_ask() {
        given().header("Authorization", "Bearer " + TestKeys.ASK)
                .contentType("application/json")
                .body(QUESTION)
                .post("/api/v1/ask")
                .then()
                .statusCode(200);
        given().header("X-API-Key", TestKeys.PRIVATE_WIDGET)
                .contentType("application/json")
                .body(QUESTION)
                .post("/api/v1/ask")
                .then()
                .statusCode(200);
        given().header("X-API-Key", TestKeys.PRIVATE_WIDGET)
                .get("/api/v1/articles")
                .then()
                .statusCode(403);
    }

    @Test
    void should_refuse_the_readmes_demo_widget_key_when_asking_needs_a_key() {
        given().header("X-API-Key", TestKeys.WIDGET)
                .contentType("application/json")
                .body(QUESTION)
                .post("/api/v1/ask")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        given().header("X-API-Key", TestKeys.WIDGET)
                .post("/api/v1/conversations")
                .then()
                .statusCode(401);
    }
}
