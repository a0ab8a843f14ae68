package io.newsdesk.store;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.testing.ArchiveFixture;
import io.newsdesk.testing.Samples;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StoreMaintenanceTest {

    @Inject
    StoreMaintenance maintenance;

    @Inject
    ArchiveFixture archive;

    @Test
    void should_analyse_the_sentences_after_enough_were_ingested_and_not_again_until_more_change() {
        // given an archive just loaded (the test profile's threshold is 5 changed rows)
        archive.empty();
        given().contentType("application/x-ndjson")
                .body(Samples.sampleBatch().getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/articles")
                .then()
                .statusCode(201);

        // when
        boolean ran = maintainedWithin(maintenance, Duration.ofSeconds(20));

        // then
        assertThat(ran).as("maintenance ran after ingestion").isTrue();
        assertThat(archive.queryLong("SELECT count(*) FROM pg_stat_user_tables WHERE relname = 'sentences'"
                        + " AND last_vacuum IS NOT NULL AND last_analyze IS NOT NULL"))
                .isEqualTo(1);
        assertThat(maintenance.maintainIfStale()).as("nothing changed since").isFalse();
    }

    /** Runs maintenance until it finds the tables stale (their statistics reach pg_stat_user_tables within a second or so). */
    static boolean maintainedWithin(StoreMaintenance maintenance, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        boolean ran = false;
        while (!ran && Instant.now().isBefore(deadline)) {
            ran = maintenance.maintainIfStale();
        }
        return ran;
    }
}
