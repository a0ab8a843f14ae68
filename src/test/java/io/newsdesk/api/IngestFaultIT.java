package io.newsdesk.api;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.ingest.NewsSentenceSplitter;
import io.newsdesk.testing.ArchiveProbe;
import io.newsdesk.testing.ArchiveProbe.StoredArticle;
import io.newsdesk.testing.PackagedService;
import io.newsdesk.testing.ThrowawayPostgres;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Hard faults in the middle of an NDJSON batch: the service killed with SIGKILL, and PostgreSQL
 * crashing under a running service. The service is the packaged jar in a process of its own
 * ({@link PackagedService}, so this runs in failsafe's integration-test phase, after packaging), on a
 * throwaway cluster ({@link ThrowawayPostgres}, never the shared one). The fault lands at a chosen
 * point, not by timing: once the batch has started storing, {@link ArchiveProbe#holdNextArticle()}
 * catches the next article inside its transaction, article row written and sentences not yet. After
 * the fault no partial article may exist, and resending the whole batch must store exactly what was
 * missing.
 */
class IngestFaultIT {

    private static final int ARTICLES = 200;
    /** Articles committed before the fault is let loose, so that the resend finds some unchanged. */
    private static final int STORED_BEFORE_THE_FAULT = 20;
    /** A refusal or a broken connection, not a hang; generous for a loaded 2-core machine. */
    private static final Duration FAST = Duration.ofSeconds(10);

    private static final Duration BATCH_DEADLINE = Duration.ofSeconds(120);
    private static final Path LOGS = Path.of("target", "fault-tests");
    private static final String[] PLACES = {
        "Kingsport", "Dalton", "Riverside", "Eastwick", "Marlow", "Greyhaven", "Ashford", "Millbrook"
    };
    private static final String[] TOPICS = {
        "the ferry timetable",
        "a new bus lane",
        "the library roof",
        "school meals",
        "street lighting",
        "the harbour wall",
        "park benches"
    };

    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, String> texts = texts();
    private final List<String> batch = batch();

    @Test
    void should_keep_only_whole_articles_and_store_the_missing_ones_on_resend_when_the_service_is_killed_mid_batch()
            throws Exception {
        try (ThrowawayPostgres postgres = ThrowawayPostgres.create()) {
            ArchiveProbe archive = new ArchiveProbe(postgres);
            CompletableFuture<HttpResponse<String>> sending;
            List<StoredArticle> committed;
            try (PackagedService service = PackagedService.start(postgres, LOGS.resolve("killed-before.log"))) {
                // given: the batch being stored, the next article caught inside its transaction
                sending = service.postBatch(batch);
                archive.awaitArticles(STORED_BEFORE_THE_FAULT);
                try (ArchiveProbe.Hold hold = archive.holdNextArticle()) {
                    committed = archive.articles();

                    // when: the service is killed with SIGKILL right then
                    service.kill();
                }
            }

            // then: the client's connection breaks (no answer); readers saw only whole articles at the
            // moment of the kill, and once the killed service's sessions are gone exactly those are stored
            assertThat(sending)
                    .failsWithin(FAST)
                    .withThrowableThat()
                    .havingCause()
                    .isInstanceOf(IOException.class);
            assertMidBatch(committed);
            archive.awaitNoOtherSessions();
            List<StoredArticle> survived = archive.articles();
            assertThat(survived).as("the archive after the fault").isEqualTo(committed);

            // when: a new service is sent the whole batch again
            try (PackagedService service = PackagedService.start(postgres, LOGS.resolve("killed-after.log"))) {
                HttpResponse<String> resent = resend(service, survived);

                // then: it creates exactly the missing articles, and the archive holds the batch once
                assertStoredExactlyTheMissing(resent, survived);
                assertWholeBatch(archive.articles());
            }
        }
    }

    @Test
    void should_refuse_with_503_keep_only_whole_articles_and_store_the_missing_ones_when_postgresql_crashes_mid_batch()
            throws Exception {
        try (ThrowawayPostgres postgres = ThrowawayPostgres.create();
                PackagedService service = PackagedService.start(postgres, LOGS.resolve("crashed.log"))) {
            ArchiveProbe archive = new ArchiveProbe(postgres);
            // given: the batch being stored, the next article caught inside its transaction
            CompletableFuture<HttpResponse<String>> sending = service.postBatch(batch);
            archive.awaitArticles(STORED_BEFORE_THE_FAULT);
            List<StoredArticle> committed;
            long crashed;
            try (ArchiveProbe.Hold hold = archive.holdNextArticle()) {
                committed = archive.articles();

                // when: PostgreSQL crashes (pg_ctl stop -m immediate)
                postgres.crash();
                crashed = System.nanoTime();
            }

            // then: the batch is refused at once with a 503 problem, and readiness goes DOWN
            assertThat(sending).succeedsWithin(FAST);
            HttpResponse<String> refused = sending.join();
            System.out.printf(
                    "[fault] batch answered %d %d ms after the crash%n",
                    refused.statusCode(), (System.nanoTime() - crashed) / 1_000_000);
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(service.status("/q/health/ready")).isEqualTo(503);

            // when: PostgreSQL starts again (crash recovery)
            postgres.start();

            // then: the same service process is ready again; readers saw only whole articles at the moment
            // of the crash, and exactly those survived crash recovery
            service.awaitReady();
            assertMidBatch(committed);
            List<StoredArticle> survived = archive.articles();
            assertThat(survived).as("the archive after the fault").isEqualTo(committed);

            // when: the whole batch is sent again
            HttpResponse<String> resent = resend(service, survived);

            // then: it creates exactly the missing articles, and the archive holds the batch once
            assertStoredExactlyTheMissing(resent, survived);
            assertWholeBatch(archive.articles());
        }
    }

    /** Sends the whole batch again and waits for the answer. */
    private HttpResponse<String> resend(PackagedService service, List<StoredArticle> stored) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = service.postBatch(batch).get(BATCH_DEADLINE.toSeconds(), SECONDS);
        long took = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(
                "[fault] %d of %d articles were stored before the fault; resending the batch answered %d"
                        + " in %d ms%n",
                stored.size(), ARTICLES, response.statusCode(), took);
        return response;
    }

    /** Some of the batch but not all, each article whole. */
    private void assertMidBatch(List<StoredArticle> stored) {
        assertThat(stored).as("articles stored before the fault").hasSizeBetween(STORED_BEFORE_THE_FAULT, ARTICLES - 1);
        assertWhole(stored);
    }

    /** Every article of the batch once, each whole. */
    private void assertWholeBatch(List<StoredArticle> stored) {
        assertThat(stored).extracting(StoredArticle::externalId).containsExactlyInAnyOrderElementsOf(texts.keySet());
        assertWhole(stored);
    }

    /** Each article as sent, with all the sentences the splitter makes of its text and their count. */
    private void assertWhole(List<StoredArticle> stored) {
        NewsSentenceSplitter splitter = new NewsSentenceSplitter();
        assertThat(stored).allSatisfy(article -> {
            assertThat(article.text()).as("text of " + article.externalId()).isEqualTo(texts.get(article.externalId()));
            assertThat(article.sentences())
                    .as("sentences of " + article.externalId())
                    .isNotEmpty()
                    .isEqualTo(splitter.split(article.text()));
            assertThat(article.sentenceCount())
                    .as("sentence_count of " + article.externalId())
                    .isEqualTo(article.sentences().size());
        });
    }

    /** 201; the articles stored before are unchanged (same id), every other line created. */
    private void assertStoredExactlyTheMissing(HttpResponse<String> response, List<StoredArticle> before)
            throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("created").asInt()).isEqualTo(ARTICLES - before.size());
        assertThat(body.get("unchanged").asInt()).isEqualTo(before.size());
        assertThat(body.get("replaced").asInt()).isZero();
        assertThat(body.get("articles")).hasSize(ARTICLES);
        Map<String, String> earlierIds = before.stream()
                .collect(Collectors.toMap(
                        StoredArticle::externalId, article -> article.id().toString()));
        List<String> ids = List.copyOf(texts.keySet());
        for (JsonNode line : body.get("articles")) {
            String externalId = ids.get(line.get("line").asInt() - 1);
            String expected = earlierIds.containsKey(externalId) ? "unchanged" : "created";
            assertThat(line.get("status").asText()).as(externalId).isEqualTo(expected);
            if (earlierIds.containsKey(externalId)) {
                assertThat(line.get("id").asText()).as(externalId).isEqualTo(earlierIds.get(externalId));
            }
        }
    }

    /** The batch's lines, one JSON article each, in the order of {@link #texts}. */
    private List<String> batch() {
        return texts.entrySet().stream()
                .map(article -> {
                    Map<String, String> line = new LinkedHashMap<>();
                    line.put("external_id", article.getKey());
                    line.put("title", "Council report " + article.getKey());
                    line.put("source", "fault-test");
                    line.put("published_at", "2024-05-01");
                    line.put("text", article.getValue());
                    try {
                        return json.writeValueAsString(line);
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    /** Distinct synthetic articles of five sentences each, by external id, in batch order. */
    private static Map<String, String> texts() {
        return IntStream.rangeClosed(1, ARTICLES)
                .boxed()
                .collect(Collectors.toMap(
                        i -> String.format("fault-%03d", i), IngestFaultIT::text, (a, b) -> a, LinkedHashMap::new));
    }

    private static String text(int i) {
        String place = PLACES[i % PLACES.length];
        String topic = TOPICS[i % TOPICS.length];
        return String.join(
                " ",
                "The council of " + place + " district " + i + " met on Tuesday to review " + topic + ".",
                "Members debated the plan for " + (i % 5 + 2) + " hours before they voted.",
                "The proposal passed with " + (i + 11) + " votes in favour and " + (i % 9) + " against.",
                "Residents of " + place + " said the change would start in week " + (i % 40 + 1) + " of the year.",
                "Officials expect it to cost about " + (i * 7 + 30) + " thousand dollars a year.");
    }
}
