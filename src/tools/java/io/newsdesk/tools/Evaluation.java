package io.newsdesk.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The evaluation command (not a test): ingests EVAL_DIR/articles.jsonl into the running service (on
 * a fresh database), asks every question of EVAL_DIR/questions.jsonl through /api/v1/ask in each
 * {@link Outcome.Condition}: as of the question's date ({@code as_of}), as a reader asking it that day
 * would, and a year later with the text unchanged; a question without a date is asked without
 * {@code as_of}, that is today. Writes OUT_DIR/report.json and OUT_DIR/report.md.
 * Usage: Evaluation BASE_URL EVAL_DIR OUT_DIR
 */
public final class Evaluation {

    private Evaluation() {}

    /** What an evaluation run produced: the ingestion of EVAL_DIR/articles.jsonl and the report on the answers. */
    record Run(Ingestion.Result ingested, Report report) {}

    public static void main(String[] args) throws Exception {
        Run run = run(new NewsdeskClient(args[0]), Path.of(args[1]));
        write(Path.of(args[2]), run.report().json(), run.report().markdown());
    }

    /**
     * Ingests EVAL_DIR/articles.jsonl and asks every question of EVAL_DIR/questions.jsonl in each condition
     * (also the pipeline of {@link ScaleEvaluation}, on a large archive).
     */
    static Run run(NewsdeskClient client, Path dir) {
        List<JsonNode> articles = EvalData.readJsonLines(dir.resolve("articles.jsonl"));
        Map<String, String> kinds = new HashMap<>();
        articles.forEach(a -> kinds.put(a.path("id").asText(), a.path("kind").asText("article")));
        Ingestion.Result ingested = Ingestion.run(client, articles);
        System.out.printf(
                "ingested %d articles, %d sentences in %.1f s%n",
                ingested.articles(), ingested.sentences(), ingested.seconds());
        List<JsonNode> questions = EvalData.readJsonLines(dir.resolve("questions.jsonl"));
        List<Outcome> outcomes = new ArrayList<>();
        for (Outcome.Condition condition : Outcome.Condition.values()) {
            for (int i = 0; i < questions.size(); i++) {
                outcomes.add(ask(client, questions.get(i), i, condition, ingested.ids(), kinds));
            }
        }
        return new Run(ingested, new Report(outcomes));
    }

    /** Writes OUT_DIR/report.json and OUT_DIR/report.md and prints the markdown. */
    static void write(Path out, ObjectNode json, String markdown) throws IOException {
        Files.createDirectories(out);
        Files.writeString(out.resolve("report.json"), json.toPrettyString());
        Files.writeString(out.resolve("report.md"), markdown);
        System.out.println(markdown);
    }

    private static Outcome ask(
            NewsdeskClient client,
            JsonNode question,
            int index,
            Outcome.Condition condition,
            Map<String, String> ids,
            Map<String, String> kinds) {
        List<String> golds = EvalData.answers(question);
        List<String> goldIds = new ArrayList<>();
        question.path("article_ids").forEach(id -> goldIds.add(ids.getOrDefault(id.asText(), id.asText())));
        ObjectNode request = EvalData.JSON.createObjectNode();
        request.put("question", question.path("question").asText());
        request.put("max_citations", 3);
        condition.asOf(question).ifPresent(day -> request.put("as_of", day));
        long start = System.nanoTime();
        JsonNode normal = client.ask(request);
        double millis = (System.nanoTime() - start) / 1e6;
        JsonNode open = client.ask(request.deepCopy().put("min_confidence", 0.0).put("min_evidence", 0.0));
        ObjectNode withheldRequest = request.deepCopy();
        goldIds.forEach(withheldRequest.putObject("filters").putArray("exclude_article_ids")::add);
        JsonNode withheld = client.ask(withheldRequest);
        JsonNode withheldOpen =
                client.ask(withheldRequest.deepCopy().put("min_confidence", 0.0).put("min_evidence", 0.0));
        String kind = kinds.getOrDefault(question.path("article_ids").path(0).asText(), "article");
        return Outcome.of(
                question,
                index,
                condition,
                golds,
                goldIds,
                kind,
                normal,
                open,
                withheld,
                withheldOpen,
                millis,
                features(client.features(request)),
                features(client.features(withheldRequest)));
    }

    private static double[] features(JsonNode features) {
        List<Double> values = new ArrayList<>();
        features.elements().forEachRemaining(value -> values.add(value.asDouble()));
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
