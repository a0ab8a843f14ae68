package io.newsdesk.access;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.newsdesk.testing.ArchiveFixture;
import io.newsdesk.testing.LimitsTestProfile;
import io.newsdesk.testing.TestClock;
import io.newsdesk.testing.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Rate limits per key and per client address, asking and ingesting apart (5 asking requests per
 * key, 8 per address, 3 ingesting per key, a minute).
 */
@QuarkusTest
@Tag("limits")
@TestProfile(LimitsTestProfile.class)
class RateLimitTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    TestClock clock;

    @Inject
    ArchiveFixture archive;

    @BeforeEach
    void fullBuckets() {
        // Every bucket is full again a minute on; time only moves forward in this JVM.
        clock.advance(Duration.ofMinutes(2));
        archive.empty();
    }

    @Test
    void should_answer_429_with_retry_after_once_a_key_spent_its_minute_and_keep_ingesting_apart() {
        // given: the admin key's five asking requests (cheap ones: an unknown conversation)
        for (int i = 0; i < LimitsTestProfile.ASK_PER_KEY; i++) {
            lookUpConversation(TestKeys.ADMIN, null).then().statusCode(404);
        }

        // when
        Response refused = lookUpConversation(TestKeys.ADMIN, null);

        // then: 5 a minute is one every 12 s
        refused.then()
                .statusCode(429)
                .contentType(PROBLEM)
                .body("type", equalTo("https://newsdesk.dev/problems/rate-limited"))
                .body("title", equalTo("Too many requests"))
                .body("status", equalTo(429))
                .body("detail", containsString("with this key"));
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 12);
        // ingesting has its own budget
        given().header("X-API-Key", TestKeys.ADMIN)
                .contentType("application/json")
                .body(Map.of("title", "Budget", "text", "Ingesting is counted apart."))
                .post("/api/v1/articles")
                .then()
                .statusCode(201);
        // and the key may ask again once a token has come back
        clock.advance(Duration.ofSeconds(12));
        lookUpConversation(TestKeys.ADMIN, null).then().statusCode(404);
    }

    @Test
    void should_count_every_key_from_one_address_together_and_ignore_x_forwarded_for() {
        // given: 4 + 4 requests with two keys, each claiming another address
        for (int i = 0; i < 4; i++) {
            lookUpConversation(TestKeys.ASK, "10.0.0." + i).then().statusCode(404);
            lookUpConversation(TestKeys.ADMIN, "10.0.1." + i).then().statusCode(404);
        }

        // when: the ask key has one request left of its own, the address none
        Response refused = lookUpConversation(TestKeys.ASK, "10.9.9.9");

        // then
        refused.then().statusCode(429).contentType(PROBLEM).body("detail", containsString("from this address"));
        assertThat(refused.header("Retry-After")).isNotNull();
    }

    @Test
    void should_limit_ingesting_per_key_without_touching_asking() {
        // given
        for (int i = 0; i < LimitsTestProfile.INGEST_PER_KEY; i++) {
            ingest(TestKeys.INGEST, "Article " + i).then().statusCode(201);
        }

        // when
        Response refused = ingest(TestKeys.INGEST, "One too many");

        // then
        refused.then()
                .statusCode(429)
                .contentType(PROBLEM)
                .body("detail", containsString("ingestion requests with this key"));
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 20);
        assertThat(archive.count("articles")).isEqualTo(LimitsTestProfile.INGEST_PER_KEY);
        given().header("X-API-Key", TestKeys.ASK)
                .contentType("application/json")
                .body(Map.of("question", "Who won?"))
                .post("/api/v1/ask")
                .then()
                .statusCode(200);
    }

    private static Response lookUpConversation(String key, String forwardedFor) {
        var request = given().header("X-API-Key", key);
        if (forwardedFor != null) {
            request = request.header("X-Forwarded-For", forwardedFor).header("Forwarded", "for=" + forwardedFor);
        }
        return request.get("/api/v1/conversations/" + UUID.randomUUID());
    }

    private static Response ingest(String key, String title) {
        return given().header("X-API-Key", key)
                .contentType("application/json")
                .body(Map.of("title", title, "text", title + " is stored."))
                .post("/api/v1/articles");
    }
}
