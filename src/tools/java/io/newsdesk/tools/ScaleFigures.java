package io.newsdesk.tools;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The scale section of {@link ScaleEvaluation}'s report: the archive's size and storage, the corpus
 * ingest beside the embedding model's raw throughput, the service's peak RSS, and latency at that size.
 *
 * @param corpus         the corpus load (a reused database answers {@code unchanged}, nothing embedded)
 * @param evalSet        the ingestion of EVAL_DIR/articles.jsonl after it
 * @param rssAfterCorpus the service's peak RSS in MiB after the corpus load (-1 unknown)
 * @param rssAtEnd       the same after the questions and latency runs
 * @param latency        by setting (clients, filter)
 */
record ScaleFigures(
        BulkLoad.Totals corpus,
        Ingestion.Result evalSet,
        ArchiveSize archive,
        Embedding raw,
        long rssAfterCorpus,
        long rssAtEnd,
        Map<String, AskLoad.Result> latency) {

    /** The model's own throughput in one process, measured beside the load. */
    record Embedding(String model, int threads, int sentences, double sentencesPerSecond) {}

    ScaleFigures {
        latency = Collections.unmodifiableMap(new LinkedHashMap<>(latency));
    }

    /** Whether the corpus load embedded anything, so that its rate means something. */
    boolean measuredRate() {
        return corpus.created() > 0;
    }

    /** Corpus sentences embedded per second in this run over raw sentences per second of the model. */
    double ratio() {
        return corpus.sentencesPerSecond() / raw.sentencesPerSecond();
    }

    ObjectNode json() {
        ObjectNode json = EvalData.JSON.createObjectNode();
        json.putObject("archive")
                .put("articles", archive.articles())
                .put("sentences", archive.sentences())
                .put("bytes", archive.bytes())
                .put("bytes_per_sentence", archive.bytesPerSentence());
        ObjectNode load = json.putObject("corpus_ingest")
                .put("articles_sent", corpus.articles())
                .put("created", corpus.created())
                .put("unchanged", corpus.unchanged())
                .put("rejected", corpus.rejected())
                .put("sentences_embedded", corpus.sentences())
                .put("seconds", corpus.seconds())
                .put("vector_index_build_seconds", corpus.indexSeconds())
                .put("reused_database", corpus.unchanged() > 0);
        load.set("sentences_per_second", measuredRate() ? load.numberNode(corpus.sentencesPerSecond()) : null);
        load.set("ratio_to_raw", measuredRate() ? load.numberNode(ratio()) : null);
        json.putObject("raw_embedding")
                .put("model", raw.model())
                .put("threads", raw.threads())
                .put("sentences", raw.sentences())
                .put("sentences_per_second", raw.sentencesPerSecond());
        json.putObject("development_set_ingest")
                .put("articles", evalSet.articles())
                .put("sentences_embedded", evalSet.sentences())
                .put("seconds", evalSet.seconds());
        json.putObject("service_peak_rss_mib")
                .put("after_corpus", rssAfterCorpus)
                .put("at_end", rssAtEnd);
        ArrayNode rows = json.putArray("latency");
        latency.forEach((setting, result) -> {
            ObjectNode row = rows.addObject()
                    .put("setting", setting)
                    .put("questions_per_second", result.throughput())
                    .put("p50_ms", result.percentile(50))
                    .put("p95_ms", result.percentile(95))
                    .put("p99_ms", result.percentile(99))
                    .put("max_ms", result.max())
                    .put("answered", result.sortedMillis().size())
                    .put("errors", result.errorCount())
                    .put("unfinished", result.unfinished());
            result.errors().forEach(row.putObject("errors_by_status")::put);
        });
        return json;
    }

    String markdown() {
        StringBuilder md = new StringBuilder("## Scale\n\n| figure | value |\n| --- | --- |\n");
        md.append(
                String.format("| archive | %,d articles, %,d sentences |%n", archive.articles(), archive.sentences()));
        md.append(String.format(
                "| storage (articles and sentences with indexes) | %.1f MiB, %,.0f bytes per sentence |%n",
                archive.bytes() / 1048576.0, archive.bytesPerSentence()));
        md.append(String.format(
                "| corpus ingest | %,d articles sent: %,d created, %,d unchanged, %,d rejected; %,d sentences"
                        + " embedded in %.1f s%s |%n",
                corpus.articles(),
                corpus.created(),
                corpus.unchanged(),
                corpus.rejected(),
                corpus.sentences(),
                corpus.seconds(),
                corpus.indexSeconds() > 0
                        ? String.format(
                                " (the vector index deferred, then built in %.1f s of it)", corpus.indexSeconds())
                        : ""));
        md.append("| corpus ingest rate | ").append(rate()).append(" |\n");
        md.append(String.format(
                "| raw embedding (this process, service idle) | %s, %d threads, %,d corpus sentences: %.1f"
                        + " sentences/s |%n",
                raw.model(), raw.threads(), raw.sentences(), raw.sentencesPerSecond()));
        md.append("| ingest rate / raw | ")
                .append(measuredRate() ? String.format("%.2f", ratio()) : "not measured")
                .append(" (the raw figure encodes sentences alone; ingestion reads them in passages with"
                        + " their title and previous sentence, newsdesk.embedding.context-vectors, and stores"
                        + " them) |\n");
        md.append(String.format(
                "| development set ingest | %,d articles, %,d sentences embedded in %.1f s |%n",
                evalSet.articles(), evalSet.sentences(), evalSet.seconds()));
        md.append(String.format(
                "| service peak RSS | %d MiB after the corpus load, %d MiB at the end |%n", rssAfterCorpus, rssAtEnd));
        md.append("\nLatency at this size (answer cache off; EVAL_DIR's questions, cycling):\n\n")
                .append(AskLoad.Result.tableHead("setting"));
        latency.forEach((setting, result) -> md.append(result.row(setting)));
        return md.append('\n').toString();
    }

    /** The corpus ingest rate, said to be from a reused database when nothing or only part was embedded. */
    private String rate() {
        if (!measuredRate()) {
            return "not measured: every corpus article was already stored (reused database), nothing was embedded"
                    + " in this run";
        }
        String rate = String.format("%.1f sentences/s", corpus.sentencesPerSecond());
        return corpus.unchanged() == 0
                ? rate
                : String.format(
                        "%s (reused database: %,d articles were already stored; only the %,d sentences embedded in"
                                + " this run count)",
                        rate, corpus.unchanged(), corpus.sentences());
    }
}
