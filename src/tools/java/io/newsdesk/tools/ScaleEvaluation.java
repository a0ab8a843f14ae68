package io.newsdesk.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.model.embedding.EmbeddingModel;
import io.newsdesk.embedding.EmbeddingConfig;
import io.newsdesk.embedding.EmbeddingModelChoice;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The evaluation at scale (not a test): measures the raw throughput of the service's embedding model
 * in this process on a sample of corpus sentences while the service is idle, loads the corpus
 * (CORPUS_JSONL, gzip when it ends in .gz; the development set's own articles, marked {@code in_dev_set},
 * left out) through {@link BulkLoad}, then runs {@link Evaluation} (EVAL_DIR's articles and every question
 * in every condition), reads the archive's size from PostgreSQL, and measures latency at that size: one
 * client without and with each kind of filter, 8 clients, 32 clients. Writes OUT_DIR/report.json and
 * OUT_DIR/report.md: the evaluation's report with a scale section ({@link ScaleFigures}) in front. A
 * database that already holds the corpus is reused: its articles answer {@code unchanged} and the ingest
 * rate counts only the sentences embedded in this run. The service should run with its answer cache off.
 * Usage: ScaleEvaluation BASE_URL CORPUS_JSONL[.gz] EVAL_DIR OUT_DIR SERVICE_PID [--limit N] [--clients N]
 * [--latency-seconds S] [--db-url JDBC_URL] [--embed-sample N] (defaults: the whole corpus, 2 clients,
 * 30 s, jdbc:postgresql://127.0.0.1:5432/newsdesk_scale with NEWSDESK_DB_USER/NEWSDESK_DB_PASSWORD or
 * newsdesk/newsdesk, 3000 sentences)
 */
public final class ScaleEvaluation {

    /** How many of EVAL_DIR's articles the article-id filters (only these; all but these) name. */
    private static final int FILTER_ARTICLES = 20;

    private ScaleEvaluation() {}

    /** The command line. */
    record Options(
            Path corpus,
            Path evalDir,
            Path out,
            String servicePid,
            int limit,
            int clients,
            int latencySeconds,
            String dbUrl,
            int embedSample) {

        static Options parse(String[] args) {
            int limit = Integer.MAX_VALUE;
            int clients = 2;
            int seconds = 30;
            String dbUrl = "jdbc:postgresql://127.0.0.1:5432/newsdesk_scale";
            int sample = 3000;
            for (int i = 5; i < args.length; i++) {
                switch (args[i]) {
                    case "--limit" -> limit = Integer.parseInt(args[++i]);
                    case "--clients" -> clients = Integer.parseInt(args[++i]);
                    case "--latency-seconds" -> seconds = Integer.parseInt(args[++i]);
                    case "--db-url" -> dbUrl = args[++i];
                    case "--embed-sample" -> sample = Integer.parseInt(args[++i]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            return new Options(
                    Path.of(args[1]),
                    Path.of(args[2]),
                    Path.of(args[3]),
                    args[4],
                    limit,
                    clients,
                    seconds,
                    dbUrl,
                    sample);
        }
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        // The report fits the abstention models at this size too: beside it, not over make eval's target/models.
        if (System.getProperty("newsdesk.models.out") == null) {
            System.setProperty(
                    "newsdesk.models.out", options.out().resolve("models").toString());
        }
        run(new NewsdeskClient(args[0]), options);
    }

    /** Runs every step and writes the report; returns the scale figures. */
    static ScaleFigures run(NewsdeskClient client, Options options) throws Exception {
        ScaleFigures.Embedding raw = rawEmbedding(options.corpus(), options.embedSample());
        // An archive holding less than half of what is to be loaded is loaded with the vector index deferred and
        // built once after; a reused one keeps its index (rebuilding it would cost more than the few articles new).
        List<ObjectNode> articles = BulkLoad.read(options.corpus(), options.limit(), true);
        boolean deferIndex = ArchiveSize.measure(options.dbUrl()).articles() < articles.size() / 2;
        BulkLoad.Totals corpus = BulkLoad.run(
                client,
                new BulkLoad.Options(
                        options.corpus(),
                        options.limit(),
                        true,
                        options.clients(),
                        20,
                        options.out().resolve("rejected.jsonl"),
                        deferIndex),
                articles);
        long rssAfterIngest = IngestBenchmark.peakRssMib(options.servicePid());
        Evaluation.Run evaluation = Evaluation.run(client, options.evalDir());
        ArchiveSize archive = ArchiveSize.measure(options.dbUrl());
        Map<String, AskLoad.Result> latency = latency(client, options, evaluation.ingested());
        ScaleFigures figures = new ScaleFigures(
                corpus,
                evaluation.ingested(),
                archive,
                raw,
                rssAfterIngest,
                IngestBenchmark.peakRssMib(options.servicePid()),
                latency);
        ObjectNode json = evaluation.report().json();
        json.set("scale", figures.json());
        Evaluation.write(
                options.out(), json, figures.markdown() + evaluation.report().markdown());
        return figures;
    }

    /**
     * Sentences per second of the service's default embedding model ({@link EmbeddingConfig}) in this
     * process, one inference thread per core as the service runs it, over the first corpus sentences.
     */
    static ScaleFigures.Embedding rawEmbedding(Path corpus, int sample) throws Exception {
        EmbeddingModelChoice choice = EmbeddingModelChoice.valueOf(
                configDefault("model").toUpperCase(Locale.ROOT).replace('-', '_'));
        int threads = Runtime.getRuntime().availableProcessors();
        List<String> sentences = new ArrayList<>();
        for (int articles = 100; sentences.size() < sample && articles <= 100_000; articles *= 10) {
            sentences = ModelComparison.sentences(BulkLoad.read(corpus, articles, true));
        }
        sentences = sentences.subList(0, Math.min(sample, sentences.size()));
        EmbeddingModel model = choice.load(threads, Integer.parseInt(configDefault("batchSize")));
        ModelComparison.embed(model, sentences.subList(0, Math.min(256, sentences.size())));
        long start = System.nanoTime();
        ModelComparison.embed(model, sentences);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "raw embedding: %s, %d threads, %d sentences in %.1f s: %.1f sentences/s%n",
                choice, threads, sentences.size(), seconds, sentences.size() / seconds);
        return new ScaleFigures.Embedding(choice.name(), threads, sentences.size(), sentences.size() / seconds);
    }

    /** A default of {@link EmbeddingConfig}, read from its annotation so that it follows the service's. */
    private static String configDefault(String key) throws NoSuchMethodException {
        return EmbeddingConfig.class
                .getMethod(key)
                .getAnnotation(WithDefault.class)
                .value();
    }

    /**
     * Asks the questions of EVAL_DIR, cycling, for the given seconds in each setting: one client without a
     * filter and with each kind of filter, then 8 and 32 clients without.
     */
    private static Map<String, AskLoad.Result> latency(NewsdeskClient client, Options options, Ingestion.Result evalSet)
            throws Exception {
        List<String> questions = AskLoad.questions(options.evalDir().resolve("questions.jsonl"));
        Duration seconds = Duration.ofSeconds(options.latencySeconds());
        AskLoad.prime(client, questions);
        Map<String, AskLoad.Result> rows = new LinkedHashMap<>();
        System.out.printf("latency, machine load average before: %s%n", AskLoad.loadAverage());
        rows.put("1 client", AskLoad.drive(client, questions, 1, Duration.ZERO, seconds));
        for (Map.Entry<String, ObjectNode> filter :
                filters(options.evalDir(), evalSet).entrySet()) {
            rows.put(
                    "1 client, " + filter.getKey(),
                    AskLoad.drive(client, questions, filter.getValue(), 1, Duration.ZERO, seconds));
        }
        rows.put("8 clients", AskLoad.drive(client, questions, 8, Duration.ZERO, seconds));
        rows.put("32 clients", AskLoad.drive(client, questions, 32, Duration.ZERO, seconds));
        System.out.printf("latency, machine load average after: %s%n", AskLoad.loadAverage());
        return rows;
    }

    /**
     * One filter of each kind, drawn from EVAL_DIR's articles (what the questions are about): the middle
     * half of their publication dates, their two most common sources, and {@value #FILTER_ARTICLES} of
     * them by id, to search only those or everything but those.
     */
    static Map<String, ObjectNode> filters(Path evalDir, Ingestion.Result evalSet) {
        List<JsonNode> articles = EvalData.readJsonLines(evalDir.resolve("articles.jsonl"));
        List<String> dates = publicationDays(articles);
        List<String> sources = commonSources(articles, 2);
        List<String> ids = someIds(evalSet, FILTER_ARTICLES);
        Map<String, ObjectNode> filters = new LinkedHashMap<>();
        if (!dates.isEmpty()) {
            String from = dates.get(dates.size() / 4);
            String to = dates.get(dates.size() * 3 / 4);
            filters.put("from " + from + " to " + to, filter().put("from", from).put("to", to));
        }
        if (!sources.isEmpty()) {
            ObjectNode filter = filter();
            sources.forEach(filter.putArray("sources")::add);
            filters.put("sources " + String.join(", ", sources), filter);
        }
        ObjectNode only = filter();
        ids.forEach(only.putArray("article_ids")::add);
        filters.put(ids.size() + " article ids", only);
        ObjectNode excluded = filter();
        ids.forEach(excluded.putArray("exclude_article_ids")::add);
        filters.put(ids.size() + " articles excluded", excluded);
        return filters;
    }

    /** The articles' publication days (ISO dates), sorted. */
    private static List<String> publicationDays(List<JsonNode> articles) {
        return articles.stream()
                .map(a -> a.path("published").asText(""))
                .filter(day -> day.length() >= 10)
                .map(day -> day.substring(0, 10))
                .sorted()
                .toList();
    }

    /** The {@code count} sources most of the articles name, most common first. */
    private static List<String> commonSources(List<JsonNode> articles, int count) {
        Map<String, Long> bySource = new LinkedHashMap<>();
        articles.forEach(a -> bySource.merge(a.path("source").asText(""), 1L, Long::sum));
        bySource.remove("");
        return bySource.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(count)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** {@code count} stored article ids of the ingested set, spread over it (in id order). */
    private static List<String> someIds(Ingestion.Result ingested, int count) {
        List<String> ids = ingested.ids().values().stream().sorted().toList();
        int step = Math.max(1, ids.size() / count);
        List<String> some = new ArrayList<>();
        for (int i = 0; i < ids.size() && some.size() < count; i += step) {
            some.add(ids.get(i));
        }
        return some;
    }

    private static ObjectNode filter() {
        return EvalData.JSON.createObjectNode();
    }
}
