package io.newsdesk.slack;

import static io.newsdesk.slack.SlackRequests.JSON;
import static io.newsdesk.slack.SlackRequests.PROBLEM;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;

import io.newsdesk.testing.SlackWireMock;
import io.newsdesk.testing.TestClock;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests a hostile or careless client sends to the Slack endpoints: timestamps of any size, bodies that are
 * signed but malformed, bodies too large to be Slack's. Never a 5xx, and problem+json for every refusal.
 */
@QuarkusTest
@WithTestResource(value = SlackWireMock.class, scope = TestResourceScope.GLOBAL)
class SlackHostileRequestTest {

    private static final String URL_CHECK = "{\"type\":\"url_verification\",\"challenge\":\"c\"}";

    @Inject
    TestClock clock;

    @BeforeEach
    void realTime() {
        clock.reset();
    }

    @ParameterizedTest
    @ValueSource(strings = {"9223372036854775807", "-9223372036854775808", "100000000000000000",
        "-100000000000000000", "31556889864403200", "1e17", "1700000000.5", "-1", "0x10", "", " "})
    void should_refuse_a_signed_request_with_401_problem_when_its_timestamp_is_not_near_now(String timestamp) {
        // when / then: signed exactly as Slack signs, so only the timestamp is wrong
        SlackRequests.signedAt(timestamp, "/slack/events", JSON, URL_CHECK).then().statusCode(401)
                .contentType(PROBLEM).body("status", equalTo(401))
                .body("detail", containsStringIgnoringCase("timestamp"));
        SlackRequests.signedAt(timestamp, "/slack/commands", SlackRequests.FORM, "text=hello").then()
                .statusCode(401).contentType(PROBLEM).body("detail", containsStringIgnoringCase("timestamp"));
    }
}
