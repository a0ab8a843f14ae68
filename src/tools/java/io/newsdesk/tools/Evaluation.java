package io.newsdesk.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The evaluation command (not a test): ingests EVAL_DIR/articles.jsonl into the running service (on
 * a fresh database), asks every question of EVAL_DIR/questions.jsonl through /api/v1/ask, and writes
 * OUT_DIR/report.json and OUT_DIR/report.md. A question with a {@code question_date} is asked as of
 * that day ({@code as_of}), as a client asking it on that day would.
 * Usage: Evaluation BASE_URL EVAL_DIR OUT_DIR
 */
public final class Evaluation {

    private Evaluation() {}

    public static void main(String[] args) throws Exception {
        NewsdeskClient client = new NewsdeskClient(args[0]);
        Path dir = Path.of(args[1]);
        Path out = Path.of(args[2]);
        List<JsonNode> articles = EvalData.readJsonLines(dir.resolve("articles.jsonl"));
        Map<String, String> kinds = new HashMap<>();
        articles.forEach(a -> kinds.put(a.path("id").asText(), a.path("kind").asText("article")));
        Ingestion.Result ingested = Ingestion.run(client, articles);
        System.out.printf(
                "ingested %d articles, %d sentences in %.1f s%n",
                ingested.articles(), ingested.sentences(), ingested.seconds());
        List<Outcome> outcomes = new ArrayList<>();
        for (JsonNode question : EvalData.readJsonLines(dir.resolve("questions.jsonl"))) {
            outcomes.add(ask(client, question, ingested.ids(), kinds));
        }
        Report report = new Report(outcomes);
        Files.createDirectories(out);
        Files.writeString(out.resolve("report.json"), report.json().toPrettyString());
        Files.writeString(out.resolve("report.md"), report.markdown());
        System.out.println(report.markdown());
    }

    private static Outcome ask(
            NewsdeskClient client, JsonNode question, Map<String, String> ids, Map<String, String> kinds) {
        List<String> golds = EvalData.answers(question);
        List<String> goldIds = new ArrayList<>();
        question.path("article_ids").forEach(id -> goldIds.add(ids.getOrDefault(id.asText(), id.asText())));
        ObjectNode request = EvalData.JSON.createObjectNode();
        request.put("question", question.path("question").asText());
        request.put("max_citations", 3);
        if (question.hasNonNull("question_date")) {
            request.put("as_of", question.path("question_date").asText());
        }
        long start = System.nanoTime();
        JsonNode normal = client.ask(request);
        double millis = (System.nanoTime() - start) / 1e6;
        ObjectNode openRequest = request.deepCopy().put("min_confidence", 0.0).put("min_evidence", 0.0);
        JsonNode open = client.ask(openRequest);
        ObjectNode withheldRequest = request.deepCopy();
        goldIds.forEach(withheldRequest.putObject("filters").putArray("exclude_article_ids")::add);
        JsonNode withheld = client.ask(withheldRequest);
        double[] openFeatures = features(client.features(request));
        double[] withheldFeatures = features(client.features(withheldRequest));
        boolean dated = request.has("as_of");
        double[] undatedOpen =
                dated ? features(client.features(request.deepCopy().without("as_of"))) : openFeatures;
        double[] undatedWithheld =
                dated ? features(client.features(withheldRequest.deepCopy().without("as_of"))) : withheldFeatures;
        String kind = kinds.getOrDefault(question.path("article_ids").path(0).asText(), "article");
        return Outcome.of(
                question,
                golds,
                goldIds,
                kind,
                normal,
                open,
                withheld,
                millis,
                new double[][] {openFeatures, withheldFeatures, undatedOpen, undatedWithheld},
                dated ? client.ask(openRequest.without("as_of")) : open);
    }

    private static double[] features(JsonNode features) {
        List<Double> values = new ArrayList<>();
        features.elements().forEachRemaining(value -> values.add(value.asDouble()));
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
