package io.newsdesk.access;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.newsdesk.testing.ArchiveFixture;
import io.newsdesk.testing.LimitsTestProfile;
import io.newsdesk.testing.Poll;
import io.newsdesk.testing.TestClock;
import io.newsdesk.testing.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Back-pressure with one answering and one ingesting slot and no queue: while a slot is taken (held
 * here through the gate itself, as a long answer would hold it) the next request is refused at once
 * with 503 and Retry-After, and the slot is free again once a response is done.
 */
@QuarkusTest
@Tag("limits")
@TestProfile(LimitsTestProfile.class)
class OverloadTest {

    private static final String PROBLEM = "application/problem+json";
    private static final Map<String, String> QUESTION = Map.of("question", "Who won?");

    @Inject
    AdmissionGates gates;

    @Inject
    TestClock clock;

    @Inject
    ArchiveFixture archive;

    private AdmissionGate.Permit held;

    @BeforeEach
    void fullBuckets() {
        clock.advance(Duration.ofMinutes(2));
        archive.empty();
    }

    @AfterEach
    void release() {
        if (held != null) {
            held.close();
        }
    }

    @Test
    void should_answer_503_with_retry_after_at_once_while_answering_is_at_capacity() {
        // given
        held = gates.of(Route.Gate.ANSWER).tryEnter().orElseThrow();
        String conversation = given().header("X-API-Key", TestKeys.ADMIN)
                .post("/api/v1/conversations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        // when
        Response ask = given().header("X-API-Key", TestKeys.ASK)
                .contentType("application/json")
                .body(QUESTION)
                .post("/api/v1/ask");
        Response stream = given().header("X-API-Key", TestKeys.ASK)
                .contentType("application/json")
                .body(QUESTION)
                .post("/api/v1/ask/stream");
        Response message = given().header("X-API-Key", TestKeys.ADMIN)
                .contentType("application/json")
                .body(QUESTION)
                .post("/api/v1/conversations/" + conversation + "/messages");

        // then: refused before any stream opens, with a problem a client can act on
        for (Response refused : new Response[] {ask, stream, message}) {
            refused.then()
                    .statusCode(503)
                    .contentType(PROBLEM)
                    .body("type", equalTo("https://newsdesk.dev/problems/busy"))
                    .body("title", equalTo("Service busy"))
                    .body("status", equalTo(503))
                    .body("detail", containsString("answering at capacity"))
                    .header("Retry-After", String.valueOf(LimitsTestProfile.BUSY_RETRY_AFTER));
        }
        // ingesting has a gate of its own
        ingest().then().statusCode(201);

        // and once the slot is free, questions are answered again
        held.close();
        given().header("X-API-Key", TestKeys.ASK)
                .contentType("application/json")
                .body(QUESTION)
                .post("/api/v1/ask")
                .then()
                .statusCode(200);
    }

    @Test
    void should_free_the_slot_when_an_answer_or_an_event_stream_is_done() {
        // given
        AdmissionGate answering = gates.of(Route.Gate.ANSWER);

        // when
        given().header("X-API-Key", TestKeys.ASK)
                .contentType("application/json")
                .body(QUESTION)
                .post("/api/v1/ask")
                .then()
                .statusCode(200);
        Poll.until("the answer's slot to be free", Duration.ofSeconds(10), () -> answering.running() == 0);
        String events = given().header("X-API-Key", TestKeys.ASK)
                .contentType("application/json")
                .body(QUESTION)
                .post("/api/v1/ask/stream")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        // then
        assertThat(events).contains("event:answer");
        Poll.until("the stream's slot to be free", Duration.ofSeconds(10), () -> answering.running() == 0);
        assertThat(answering.waiting()).isZero();
    }

    @Test
    void should_refuse_ingesting_with_503_while_its_slot_is_taken_but_still_delete() {
        // given
        held = gates.of(Route.Gate.INGEST).tryEnter().orElseThrow();

        // when
        Response refused = ingest();

        // then
        refused.then()
                .statusCode(503)
                .contentType(PROBLEM)
                .body("detail", containsString("ingesting at capacity"))
                .header("Retry-After", String.valueOf(LimitsTestProfile.BUSY_RETRY_AFTER));
        assertThat(archive.count("articles")).isZero();
        given().header("X-API-Key", TestKeys.INGEST)
                .delete("/api/v1/articles/" + UUID.randomUUID())
                .then()
                .statusCode(404);
    }

    @Test
    void should_report_not_ready_while_every_answering_slot_stays_taken_and_ready_once_one_is_free() {
        // given: the only answering slot taken, as work that never ends would take it
        held = gates.of(Route.Gate.ANSWER).tryEnter().orElseThrow();
        given().get("/q/health/ready").then().statusCode(200);

        // when
        clock.advance(Duration.ofMinutes(3));

        // then
        given().get("/q/health/ready")
                .then()
                .statusCode(503)
                .body("checks.find { it.name == 'admission' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'admission' }.data.answering", containsString("stuck"));
        held.close();
        given().get("/q/health/ready").then().statusCode(200);
    }

    private static Response ingest() {
        return given().header("X-API-Key", TestKeys.INGEST)
                .contentType("application/json")
                .body(Map.of("title", "Busy", "text", "Ingesting has its own slot."))
                .post("/api/v1/articles");
    }
}
