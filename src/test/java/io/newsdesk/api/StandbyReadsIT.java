package io.newsdesk.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.testing.PackagedService;
import io.newsdesk.testing.Poll;
import io.newsdesk.testing.PrometheusScrape;
import io.newsdesk.testing.ThrowawayPostgres;
import io.restassured.path.json.JsonPath;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Questions answered from a streaming standby, on real clusters: a throwaway primary and a hot standby
 * made from it with {@code pg_basebackup -R} ({@link ThrowawayPostgres#streamingStandby()}, never the
 * shared cluster), and two packaged services pointed at both: the writer ingests, the reader only
 * asks. The standby answers once it has replayed (seen in the service's {@code newsdesk_reads_total}
 * and in the standby's own scan counters); a write is answered at once by the instance that made it;
 * a standby held back past the lag bound, or stopped, is skipped with no error a client sees, and
 * questions return to it by themselves. A failsafe test (after packaging) like the other {@code *IT};
 * tagged {@code replicas} to run it alone ({@code -Dit.test=StandbyReadsIT} or {@code -Dgroups=replicas}).
 */
@Tag("replicas")
class StandbyReadsIT {

    private static final Path LOGS = Path.of("target", "standby-tests");
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final String SENTENCE_SCANS = "SELECT coalesce(sum(seq_scan + coalesce(idx_scan, 0)), 0)"
            + " FROM pg_stat_user_tables WHERE relname = 'sentences'";
    private static final Article HARBOUR = new Article(
            "Harbour board picks a new chair",
            "The Kingsport harbour board elected Marta Oyelaran as its chair on Tuesday. She replaces Tomas"
                    + " Verhoeven, who led the board for nine years. The board also approved a new ferry timetable.",
            "Who did the Kingsport harbour board elect as its chair?",
            "Oyelaran");
    private static final Article LIBRARY = new Article(
            "Dalton library reopens",
            "The Dalton library reopened on Monday after a roof repair. The mayor, Ines Halvorsen, cut the ribbon"
                    + " in front of a crowd of readers.",
            "Who cut the ribbon at the Dalton library?",
            "Halvorsen");

    private record Article(String title, String text, String question, String answer) {}

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void should_answer_from_the_standby_and_from_the_primary_while_it_lags_or_is_down_without_an_error()
            throws Exception {
        try (ThrowawayPostgres primary = ThrowawayPostgres.create();
                ThrowawayPostgres standby = primary.streamingStandby();
                PackagedService writer = PackagedService.start(primary, LOGS.resolve("writer.log"), settings(standby));
                PackagedService reader =
                        PackagedService.start(primary, LOGS.resolve("reader.log"), settings(standby))) {
            String standbyName = standby.jdbcUrl().substring("jdbc:postgresql://".length());
            long scansBefore = Long.parseLong(standby.queryAsSuperuser(SENTENCE_SCANS));

            // given: an article ingested through the writer
            ingest(writer, HARBOUR);

            // then: the writer answers it at once, wherever it reads
            assertAnswered(writer, HARBOUR);

            // when: the reader, which wrote nothing, is asked
            long started = System.nanoTime();
            Poll.until("a question of the reader served by the standby", DEADLINE, () -> {
                assertAnswered(reader, HARBOUR);
                return questions(reader, standbyName) > 0;
            });
            System.out.printf(
                    "[standby] reader served by the standby %d ms after the article was stored%n",
                    (System.nanoTime() - started) / 1_000_000);

            // then: the standby itself read the sentences
            Poll.until(
                    "the standby's own count of sentence scans to rise",
                    DEADLINE,
                    () -> Long.parseLong(standby.queryAsSuperuser(SENTENCE_SCANS)) > scansBefore);

            // when: the standby stops replaying and the writer ingests a second article
            standby.queryAsSuperuser("SELECT pg_wal_replay_pause()");
            double writerFromPrimary = questions(writer, "primary");
            ingest(writer, LIBRARY);

            // then: the writer answers it at once, from the primary: the standby has not replayed it
            assertAnswered(writer, LIBRARY);
            assertThat(questions(writer, "primary")).isGreaterThan(writerFromPrimary);

            // and the reader skips the standby once it is further behind than the bound, and answers from the primary
            started = System.nanoTime();
            Poll.until("the reader to skip the lagging standby", DEADLINE, () -> usable(reader, standbyName) == 0);
            System.out.printf(
                    "[standby] paused standby skipped %d ms after the second article%n",
                    (System.nanoTime() - started) / 1_000_000);
            assertAnswered(reader, LIBRARY);
            standby.queryAsSuperuser("SELECT pg_wal_replay_resume()");

            // when: the standby stops
            standby.stop();

            // then: both keep answering, from the primary, with no error a client sees, and stay ready
            for (PackagedService service : List.of(writer, reader)) {
                for (int i = 0; i < 3; i++) {
                    assertAnswered(service, i % 2 == 0 ? HARBOUR : LIBRARY);
                }
            }
            Poll.until(
                    "the reader's readiness to show the standby down",
                    DEADLINE,
                    () -> readiness(reader)
                            .getString("checks.find { it.name == 'newsdesk' }.data['standby " + standbyName + "']")
                            .startsWith("down"));
            assertThat(readiness(reader).getString("status")).isEqualTo("UP");

            // when: the standby starts again
            standby.start();
            double fromStandby = questions(reader, standbyName);
            started = System.nanoTime();

            // then: questions return to it by themselves
            Poll.until("a question of the reader served by the standby again", DEADLINE, () -> {
                assertAnswered(reader, LIBRARY);
                return questions(reader, standbyName) > fromStandby;
            });
            System.out.printf(
                    "[standby] reader back on the standby %d ms after pg_ctl start returned%n",
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** Reads from the standby, a lag bound of 2 s, and no answer cache (every question reads the archive). */
    private static Map<String, String> settings(ThrowawayPostgres standby) {
        return Map.of(
                "NEWSDESK_DB_REPLICA_URLS", standby.jdbcUrl(),
                "NEWSDESK_REPLICAS_MAX_LAG", "2s",
                "NEWSDESK_ANSWER_CACHE_SIZE", "0");
    }

    private void ingest(PackagedService service, Article article) throws Exception {
        String line = json.writeValueAsString(Map.of("title", article.title(), "text", article.text()));
        HttpResponse<String> response = service.postBatch(List.of(line)).get();
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    /** Asks with abstention off: 200, and the answer names the article's person. */
    private static void assertAnswered(PackagedService service, Article article) {
        JsonPath answer = given().contentType("application/json")
                .body(Map.of("question", article.question(), "min_confidence", 0, "min_evidence", 0))
                .post(service.base().resolve("/api/v1/ask").toString())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(answer.getString("answer")).as(answer.prettify()).contains(article.answer());
    }

    private static double questions(PackagedService service, String datasource) {
        return PrometheusScrape.at(service.base())
                .value("newsdesk_reads_total", Map.of("kind", "question", "datasource", datasource));
    }

    private static double usable(PackagedService service, String standby) {
        return PrometheusScrape.at(service.base()).value("newsdesk_replica_usable", Map.of("standby", standby));
    }

    private static JsonPath readiness(PackagedService service) {
        return given().get(service.base().resolve("/q/health/ready").toString())
                .then()
                .extract()
                .jsonPath();
    }
}
