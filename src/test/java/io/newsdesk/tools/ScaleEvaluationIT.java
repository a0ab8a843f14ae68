package io.newsdesk.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.testing.PackagedService;
import io.newsdesk.testing.TestKeys;
import io.newsdesk.testing.ThrowawayPostgres;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The small version of {@code make eval-scale}, so that its path cannot rot: {@link ScaleEvaluation} end to
 * end against the packaged service on a throwaway cluster, with the answer cache off as the command runs
 * it. The archive is the first {@value #CORPUS_ARTICLES} articles of ../shared/corpus when that is there
 * (internal data, read where it lies), else a synthetic one written here; the evaluation folder is the
 * project's three sample articles with a few questions about them.
 */
class ScaleEvaluationIT {

    private static final Path CORPUS = Path.of("..", "shared", "corpus", "articles.jsonl.gz");
    /** About 5,000 corpus sentences: 78 s of loading on a loaded 2-core machine (300 articles took 207 s). */
    private static final int CORPUS_ARTICLES = 100;

    private static final Path LOGS = Path.of("target", "scale-test");

    @TempDir
    Path folder;

    private String modelsOut;

    @BeforeEach
    void keepFittedModelsInTheTestFolder() {
        modelsOut = System.setProperty(
                "newsdesk.models.out", folder.resolve("models").toString());
    }

    @AfterEach
    void restoreModelsFolder() {
        if (modelsOut == null) {
            System.clearProperty("newsdesk.models.out");
        } else {
            System.setProperty("newsdesk.models.out", modelsOut);
        }
    }

    @Test
    void should_report_archive_size_ingest_rate_beside_raw_embedding_and_latency_rows_when_run_on_a_small_archive()
            throws Exception {
        try (ThrowawayPostgres postgres = ThrowawayPostgres.create();
                PackagedService service = PackagedService.start(postgres, LOGS.resolve("service.log"), settings())) {
            // given: an archive (some of it the development set's own articles) and a small evaluation folder
            Path corpus = Files.isRegularFile(CORPUS) ? CORPUS : syntheticCorpus();
            Path out = folder.resolve("report");
            ScaleEvaluation.Options options = new ScaleEvaluation.Options(
                    corpus,
                    evalDir(),
                    out,
                    Long.toString(service.pid()),
                    CORPUS_ARTICLES,
                    2,
                    2,
                    postgres.jdbcUrl() + "?user=" + ThrowawayPostgres.USER + "&password=" + postgres.password(),
                    500);
            NewsdeskClient client = new NewsdeskClient(service.base().toString(), TestKeys.ADMIN);

            // when
            ScaleEvaluation.run(client, options);

            // then: the scale section with plausible figures, in front of make eval's report
            JsonNode scale =
                    EvalData.JSON.readTree(out.resolve("report.json").toFile()).path("scale");
            JsonNode ingest = scale.path("corpus_ingest");
            assertThat(ingest.path("articles_sent").asLong()).isEqualTo(CORPUS_ARTICLES);
            assertThat(ingest.path("created").asLong() + ingest.path("rejected").asLong())
                    .isEqualTo(CORPUS_ARTICLES);
            assertThat(ingest.path("sentences_per_second").asDouble()).isPositive();
            assertThat(ingest.path("ratio_to_raw").asDouble()).isPositive();
            assertThat(scale.path("raw_embedding").path("sentences_per_second").asDouble())
                    .isPositive();
            assertThat(scale.path("archive").path("articles").asLong())
                    .isEqualTo(ingest.path("created").asLong() + 3);
            assertThat(scale.path("archive").path("sentences").asLong())
                    .isGreaterThan(ingest.path("sentences_embedded").asLong());
            assertThat(scale.path("archive").path("bytes_per_sentence").asDouble())
                    .isPositive();
            assertThat(scale.path("service_peak_rss_mib").path("after_corpus").asLong())
                    .isPositive();
            List<String> settings = new ArrayList<>();
            scale.path("latency")
                    .forEach(row -> settings.add(row.path("setting").asText()));
            assertThat(settings)
                    .hasSize(7)
                    .startsWith("1 client")
                    .contains("1 client, sources newsdesk-samples", "1 client, 3 article ids", "8 clients")
                    .endsWith("32 clients");
            assertThat(scale.path("latency").get(0).path("answered").asInt()).isPositive();
            assertThat(Files.readString(out.resolve("report.md")))
                    .startsWith("## Scale")
                    .contains("| corpus ingest rate |", "### Asked as of the question's date");
        }
    }

    /** An admin key (the evaluation reads the diagnostics), no rate limits, the answer cache off. */
    private static Map<String, String> settings() {
        return Map.of(
                "NEWSDESK_API_KEYS", PackagedService.keyEntry("scale-test", "ask+ingest+admin", TestKeys.ADMIN),
                "NEWSDESK_RATE_LIMIT_ASK_PER_KEY", "0",
                "NEWSDESK_RATE_LIMIT_ASK_PER_ADDRESS", "0",
                "NEWSDESK_RATE_LIMIT_INGEST_PER_KEY", "0",
                "NEWSDESK_RATE_LIMIT_INGEST_PER_ADDRESS", "0",
                "NEWSDESK_ANSWER_CACHE_SIZE", "0");
    }

    /** samples/articles.ndjson as an evaluation folder, with five questions about it. */
    private Path evalDir() throws IOException {
        Path dir = Files.createDirectories(folder.resolve("eval"));
        List<String> articles = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("samples", "articles.ndjson"))) {
            JsonNode sample = EvalData.JSON.readTree(line);
            articles.add(EvalData.JSON
                    .createObjectNode()
                    .put("id", sample.path("external_id").asText())
                    .put("title", sample.path("title").asText())
                    .put("published", sample.path("published_at").asText())
                    .put("source", sample.path("source").asText())
                    .put("text", sample.path("text").asText())
                    .toString());
        }
        Files.write(dir.resolve("articles.jsonl"), articles);
        Files.write(
                dir.resolve("questions.jsonl"),
                List.of(
                        question("Who won the national chess championship in Leeds?", "Amara Okafor", "chess-final"),
                        question("How many moves did the chess final last?", "87", "chess-final"),
                        question("How much did the harbour bridge repair cost?", "$48.5 million", "harbour-bridge"),
                        question("How many steel cables did the engineers replace?", "212", "harbour-bridge"),
                        question("What pay offer did the rail union accept?", "6.5%", "rail-strike")));
        return dir;
    }

    private static String question(String text, String answer, String article) {
        ObjectNode question = EvalData.JSON.createObjectNode().put("question", text);
        question.putArray("answers").add(answer);
        question.putArray("article_ids").add("sample-" + article);
        return question.put("question_date", "2024-07-01").toString();
    }

    /**
     * A gzipped archive in the corpus's layout when ../shared/corpus is absent (as on a machine without the
     * internal data): distinct short council stories over three sources and two years, every tenth marked
     * {@code in_dev_set} (left out by the load), so that {@value #CORPUS_ARTICLES} remain.
     */
    private Path syntheticCorpus() throws IOException {
        Path file = folder.resolve("corpus.jsonl.gz");
        String[] sources = {"example-gazette", "example-herald", "example-post"};
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            for (int i = 0, kept = 0; kept < CORPUS_ARTICLES; i++) {
                boolean devSet = i % 10 == 9;
                kept += devSet ? 0 : 1;
                ObjectNode article = EvalData.JSON
                        .createObjectNode()
                        .put("id", "synthetic-" + i)
                        .put("title", "Budget vote number " + i + " in ward " + (i % 17))
                        .put("published", String.format("20%02d-%02d-%02d", 22 + i % 2, 1 + i % 12, 1 + i % 28))
                        .put("source", sources[i % sources.length])
                        .put("url", "https://example.org/stories/" + i)
                        .put("text", story(i))
                        .put("in_dev_set", devSet);
                out.write((article + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        return file;
    }

    private static String story(int i) {
        return String.join(
                "\n\n",
                "Ward " + (i % 17) + " voted on budget item " + i + " on a rainy Monday evening.",
                "Councillor number " + (i % 23) + " proposed spending " + (i * 3 + 5) + " thousand on road repairs.",
                "The motion passed by " + (i % 7 + 5) + " votes to " + (i % 5) + " after a short debate.",
                "Work on the " + (i % 11 + 1) + " streets named in item " + i + " starts in month " + (i % 12 + 1)
                        + ".",
                "Residents asked for a second hearing, which the chair set for week " + (i % 50 + 1) + ".",
                "The next meeting of ward " + (i % 17) + " is on the first Thursday of the month.");
    }
}
