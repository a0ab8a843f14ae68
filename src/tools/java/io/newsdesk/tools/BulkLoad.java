package io.newsdesk.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

/**
 * Loads a large archive through the public NDJSON API (not a test): reads ARTICLES_JSONL (gzip when it
 * ends in .gz; the evaluation set's fields), posts batches from several clients at once, and prints
 * progress (articles, sentences, sentences/s, ETA) every 10 s. An article the service rejects is
 * reported with its reason and left out, the rest of its batch is sent again; a batch that fails
 * otherwise (503, a broken connection) is retried. Killing and restarting the load continues: articles
 * already stored answer {@code unchanged} (content hashes) without being embedded again. Rejected
 * articles are written to REJECTED_JSONL with their reasons.
 * With {@code --defer-index} (an admin key), the vector index is deferred before the first batch and built
 * once after the last (PostgreSQL then spends a fraction of the CPU it spends inserting every sentence into
 * the graph); the load's time includes the build.
 * Usage: BulkLoad BASE_URL ARTICLES_JSONL[.gz] [--limit N] [--skip-dev-set] [--clients N] [--batch N]
 * [--rejected FILE] [--defer-index] (defaults: every article, 2 clients, batches of 20,
 * target/bulk-load/rejected.jsonl, the index kept)
 */
public final class BulkLoad {

    private static final int ATTEMPTS = 5;

    private BulkLoad() {}

    /**
     * What a load sent and what the service did with it: articles sent (rejected ones included), created,
     * unchanged (already stored, not embedded again), sentences of the created articles, rejected, seconds
     * (the vector index's build included), of which building the vector index (0 when it was kept).
     */
    record Totals(
            long articles,
            long created,
            long unchanged,
            long sentences,
            long rejected,
            double seconds,
            double indexSeconds) {

        /** The same load with the vector index's build after it. */
        Totals withIndexBuild(double buildSeconds) {
            return new Totals(
                    articles,
                    created,
                    unchanged,
                    sentences,
                    rejected,
                    seconds + buildSeconds,
                    indexSeconds + buildSeconds);
        }

        /** Sentences embedded per second in this load (only the articles it created count). */
        double sentencesPerSecond() {
            return sentences / Math.max(0.001, seconds);
        }
    }

    /** What to load and how: the archive, at most {@code limit} articles, from {@code clients} clients at once. */
    record Options(
            Path file, int limit, boolean skipDevSet, int clients, int batchSize, Path rejected, boolean deferIndex) {

        /** The options of the command line from {@code args[from]} on, with the defaults of the usage line. */
        static Options parse(Path file, String[] args, int from) {
            int limit = Integer.MAX_VALUE;
            boolean skipDevSet = false;
            int clients = 2;
            int batchSize = 20;
            Path rejected = Path.of("target/bulk-load/rejected.jsonl");
            boolean deferIndex = false;
            for (int i = from; i < args.length; i++) {
                switch (args[i]) {
                    case "--limit" -> limit = Integer.parseInt(args[++i]);
                    case "--skip-dev-set" -> skipDevSet = true;
                    case "--clients" -> clients = Integer.parseInt(args[++i]);
                    case "--batch" -> batchSize = Integer.parseInt(args[++i]);
                    case "--rejected" -> rejected = Path.of(args[++i]);
                    case "--defer-index" -> deferIndex = true;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            return new Options(file, limit, skipDevSet, clients, batchSize, rejected, deferIndex);
        }
    }

    public static void main(String[] args) throws Exception {
        run(new NewsdeskClient(args[0]), Options.parse(Path.of(args[1]), args, 2));
    }

    /** Reads the archive, loads it with progress lines, prints the totals and returns them. */
    static Totals run(NewsdeskClient client, Options options) throws IOException, InterruptedException {
        return run(client, options, read(options.file(), options.limit(), options.skipDevSet()));
    }

    /** The same for articles already read from {@code options.file()} (as {@link #read} gives them). */
    static Totals run(NewsdeskClient client, Options options, List<ObjectNode> articles)
            throws IOException, InterruptedException {
        if (options.deferIndex()) {
            System.out.println("vector index: "
                    + client.vectorIndex("deferred").path("state").asText());
        }
        Totals totals = load(client, articles, options.clients(), options.batchSize(), options.rejected());
        if (options.deferIndex()) {
            totals = totals.withIndexBuild(buildIndex(client));
        }
        System.out.printf(
                "loaded %d articles (%d created, %d unchanged, %d rejected), %d sentences in %.1f s%s: %.1f sentences/s%n",
                totals.articles(),
                totals.created(),
                totals.unchanged(),
                totals.rejected(),
                totals.sentences(),
                totals.seconds(),
                options.deferIndex()
                        ? String.format(" (building the vector index %.1f s of it)", totals.indexSeconds())
                        : "",
                totals.sentencesPerSecond());
        if (totals.rejected() > 0) {
            System.out.println("rejected articles and their reasons: " + options.rejected());
        }
        return totals;
    }

    /** Builds the vector index, polling its state every second and printing it every 10 s; returns the seconds it took. */
    static double buildIndex(NewsdeskClient client) throws InterruptedException {
        long start = System.nanoTime();
        JsonNode status = client.vectorIndex("built");
        for (int polls = 1; !"built".equals(status.path("state").asText()); polls++) {
            if (!"building".equals(status.path("state").asText())) {
                throw new IllegalStateException("the vector index was not built: " + status);
            }
            TimeUnit.SECONDS.sleep(1);
            status = client.vectorIndex(null);
            if (polls % 10 != 0) {
                continue;
            }
            System.out.printf(
                    "building the vector index: %s, %.0f s%n",
                    status.path("progress").isNumber()
                            ? String.format(
                                    "%.0f%%", 100 * status.path("progress").asDouble())
                            : status.path("state").asText(),
                    (System.nanoTime() - start) / 1e9);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("vector index built in %.1f s%n", seconds);
        return seconds;
    }

    /** The articles of the file as ingestion requests, those of the development set left out when asked. */
    static List<ObjectNode> read(Path file, int limit, boolean skipDevSet) throws IOException {
        List<ObjectNode> articles = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null && articles.size() < limit; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode article = EvalData.JSON.readTree(line);
                if (!(skipDevSet && article.path("in_dev_set").asBoolean(false))) {
                    articles.add(EvalData.toArticleRequest(article));
                }
            }
        }
        return articles;
    }

    /** Posts the articles in batches from {@code clients} threads; reports progress and rejected articles. */
    static Totals load(NewsdeskClient client, List<ObjectNode> articles, int clients, int batchSize, Path rejectedFile)
            throws InterruptedException, IOException {
        ConcurrentLinkedQueue<List<ObjectNode>> batches = new ConcurrentLinkedQueue<>();
        for (int from = 0; from < articles.size(); from += batchSize) {
            batches.add(new ArrayList<>(articles.subList(from, Math.min(articles.size(), from + batchSize))));
        }
        Counters counters = new Counters();
        List<String> rejected = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int i = 0; i < clients; i++) {
            pool.submit(() -> {
                for (List<ObjectNode> batch = batches.poll(); batch != null; batch = batches.poll()) {
                    send(client, batch, counters, rejected);
                }
            });
        }
        pool.shutdown();
        while (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
            double seconds = (System.nanoTime() - start) / 1e9;
            long done = counters.done.get();
            double rate = counters.sentences.get() / seconds;
            double eta = done == 0 ? 0 : seconds * (articles.size() - done) / done;
            System.out.printf(
                    "%d/%d articles, %d sentences, %.1f sentences/s, %d rejected, ETA %.0f s%n",
                    done, articles.size(), counters.sentences.get(), rate, rejected.size(), eta);
        }
        Files.createDirectories(rejectedFile.toAbsolutePath().getParent());
        Files.write(rejectedFile, rejected);
        return new Totals(
                articles.size(),
                counters.created.get(),
                counters.unchanged.get(),
                counters.sentences.get(),
                rejected.size(),
                (System.nanoTime() - start) / 1e9,
                0);
    }

    private static final class Counters {
        final AtomicLong done = new AtomicLong();
        final AtomicLong created = new AtomicLong();
        final AtomicLong unchanged = new AtomicLong();
        final AtomicLong sentences = new AtomicLong();
    }

    /**
     * Sends one batch until it is stored: the lines the service names as bad are reported and left out,
     * the rest sent again; any other failure is retried a few times, then the batch is reported.
     */
    private static void send(NewsdeskClient client, List<ObjectNode> batch, Counters counters, List<String> rejected) {
        List<ObjectNode> left = new ArrayList<>(batch);
        for (int attempt = 1; !left.isEmpty(); attempt++) {
            NewsdeskClient.Reply reply;
            try {
                reply = client.ingestReply(left);
            } catch (UncheckedIOException | IllegalStateException e) {
                reply = new NewsdeskClient.Reply(
                        0, EvalData.JSON.createObjectNode().put("detail", e.getMessage()));
            }
            if (reply.status() == 201 || reply.status() == 200) {
                count(reply.body().path("articles"), counters);
                return;
            }
            Set<Integer> bad = badLines(reply.body());
            if (reply.status() == 400 && !bad.isEmpty()) {
                List<ObjectNode> kept = new ArrayList<>();
                for (int i = 0; i < left.size(); i++) {
                    if (bad.contains(i + 1)) {
                        rejected.add(rejection(left.get(i), reason(reply.body(), i + 1)));
                        counters.done.incrementAndGet();
                    } else {
                        kept.add(left.get(i));
                    }
                }
                left = kept;
                continue;
            }
            if (attempt >= ATTEMPTS) {
                String reason = "HTTP " + reply.status() + ": "
                        + reply.body().path("detail").asText("");
                left.forEach(article -> rejected.add(rejection(article, reason)));
                counters.done.addAndGet(left.size());
                return;
            }
            pause(attempt);
        }
    }

    private static void count(JsonNode stored, Counters counters) {
        for (JsonNode article : stored) {
            counters.done.incrementAndGet();
            if ("unchanged".equals(article.path("status").asText())) {
                counters.unchanged.incrementAndGet();
            } else {
                counters.created.incrementAndGet();
                counters.sentences.addAndGet(article.path("sentence_count").asLong());
            }
        }
    }

    /** The 1-based line numbers a 400 problem lists as bad. */
    static Set<Integer> badLines(JsonNode problem) {
        Set<Integer> lines = new HashSet<>();
        problem.path("errors").forEach(error -> {
            if (error.path("line").canConvertToInt() && error.path("line").asInt() > 0) {
                lines.add(error.path("line").asInt());
            }
        });
        return lines;
    }

    private static String reason(JsonNode problem, int line) {
        for (JsonNode error : problem.path("errors")) {
            if (error.path("line").asInt() == line) {
                return error.path("message").asText();
            }
        }
        return "";
    }

    private static String rejection(ObjectNode article, String reason) {
        return EvalData.JSON
                .createObjectNode()
                .put("external_id", article.path("external_id").asText())
                .put("title", article.path("title").asText())
                .put("reason", reason)
                .toString();
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(1000L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
