package io.newsdesk.slack;

import static io.newsdesk.slack.SlackRequests.FORM;
import static io.newsdesk.slack.SlackRequests.JSON;
import static io.newsdesk.slack.SlackRequests.PROBLEM;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.newsdesk.testing.LimitsTestProfile;
import io.newsdesk.testing.SlackWireMock;
import io.newsdesk.testing.TestClock;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The Slack endpoints' rate limit per client address (6 requests a minute in this profile). */
@QuarkusTest
@Tag("limits")
@TestProfile(LimitsTestProfile.class)
@WithTestResource(value = SlackWireMock.class, scope = TestResourceScope.GLOBAL)
class SlackRateLimitTest {

    private static final String URL_CHECK = "{\"type\":\"url_verification\",\"challenge\":\"c\"}";

    @Inject
    TestClock clock;

    private SlackRequests requests;

    @BeforeEach
    void fullBuckets() {
        // Every bucket is full again a minute on; time only moves forward in this JVM.
        clock.advance(Duration.ofMinutes(2));
        requests = new SlackRequests(clock);
    }

    @Test
    void should_answer_429_problem_with_retry_after_once_an_address_spent_its_minute_of_slack_requests() {
        // given: this address's Slack requests for the minute, signed and unsigned alike
        for (int i = 0; i < LimitsTestProfile.SLACK_PER_ADDRESS - 1; i++) {
            requests.signed("/slack/events", JSON, URL_CHECK).then().statusCode(200);
        }
        given().contentType(JSON).body(URL_CHECK).post("/slack/events").then().statusCode(401);

        // when
        Response refused = requests.signed("/slack/commands", FORM, "text=");

        // then: 6 a minute is one every 10 s
        refused.then()
                .statusCode(429)
                .contentType(PROBLEM)
                .body("type", equalTo("https://newsdesk.dev/problems/rate-limited"))
                .body("status", equalTo(429))
                .body("detail", containsString("Slack"));
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 10);
        // and the address may call again once a token has come back
        clock.advance(Duration.ofSeconds(10));
        requests.signed("/slack/events", JSON, URL_CHECK).then().statusCode(200).body("challenge", equalTo("c"));
    }
}
