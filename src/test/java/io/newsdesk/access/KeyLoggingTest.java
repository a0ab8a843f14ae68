package io.newsdesk.access;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.testing.LimitsTestProfile;
import io.newsdesk.testing.Poll;
import io.newsdesk.testing.TestClock;
import io.newsdesk.testing.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * No key ever reaches the log: neither accepted nor refused ones, nor the access log (on in this
 * profile), with the access package logging at DEBUG.
 */
@QuarkusTest
@Tag("limits")
@TestProfile(LimitsTestProfile.class)
class KeyLoggingTest {

    private static final String UNKNOWN_KEY = "nd_unknown-key-that-must-not-be-logged";
    private static final String BASIC_SECRET = "c2VjcmV0LXBhc3N3b3Jk";

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            StringBuilder line = new StringBuilder(record.getLoggerName()).append(' ');
            line.append(record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage());
            if (record.getParameters() != null) {
                for (Object parameter : record.getParameters()) {
                    line.append(' ').append(parameter);
                }
            }
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                line.append(' ').append(trace);
            }
            lines.add(line.toString());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @Inject
    TestClock clock;

    @BeforeEach
    void listen() {
        clock.advance(Duration.ofMinutes(2));
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void should_never_write_a_presented_key_to_the_log() {
        // when: accepted, unknown, lacking the scope, not a bearer key, too large, over the rate limit
        given().header("X-API-Key", TestKeys.ASK)
                .contentType("application/json")
                .body(Map.of("question", "Who won?"))
                .post("/api/v1/ask")
                .then()
                .statusCode(200);
        given().header("Authorization", "Bearer " + UNKNOWN_KEY)
                .post("/api/v1/conversations")
                .then()
                .statusCode(401);
        given().header("X-API-Key", TestKeys.ASK)
                .contentType("application/json")
                .body(Map.of("title", "t", "text", "x"))
                .post("/api/v1/articles")
                .then()
                .statusCode(403);
        given().header("Authorization", "Basic " + BASIC_SECRET)
                .get("/api/v1/articles")
                .then()
                .statusCode(401);
        given().header("X-API-Key", TestKeys.INGEST)
                .contentType("application/json")
                .body("{\"question\": \"" + "x".repeat(20_000) + "\"}")
                .post("/api/v1/ask")
                .then()
                .statusCode(403);
        given().header("X-API-Key", TestKeys.ADMIN)
                .contentType("application/json")
                .body("{\"question\": \"" + "x".repeat(20_000) + "\"}")
                .post("/api/v1/ask")
                .then()
                .statusCode(413);
        int status = 0;
        for (int i = 0; i <= LimitsTestProfile.ASK_PER_KEY && status != 429; i++) {
            status = given().header("X-API-Key", TestKeys.ADMIN)
                    .get("/api/v1/conversations/" + UUID.randomUUID())
                    .statusCode();
        }
        assertThat(status).isEqualTo(429);

        // then: the refusals and the requests were logged, the keys were not
        Poll.until(
                "the access log of the last request",
                Duration.ofSeconds(10),
                () -> lines.stream()
                                .filter(line -> line.contains("/api/v1/conversations/"))
                                .count()
                        > 1);
        assertThat(lines).anyMatch(line -> line.contains("Refused") && line.contains("401"));
        assertThat(lines).anyMatch(line -> line.contains("Refused") && line.contains("429"));
        for (String secret : List.of(TestKeys.ADMIN, TestKeys.ASK, TestKeys.INGEST, UNKNOWN_KEY, BASIC_SECRET)) {
            assertThat(lines).noneMatch(line -> line.contains(secret));
        }
    }
}
