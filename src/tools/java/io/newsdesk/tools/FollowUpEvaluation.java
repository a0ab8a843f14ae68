package io.newsdesk.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The follow-up evaluation command (not a test): ingests EVAL_DIR/articles.jsonl into the running service (on a
 * fresh database), then for each exchange of EXCHANGES_JSONL starts a conversation, asks its first question and
 * its follow-up as of the exchange's day, and judges the follow-up's turn: the rewrite ({@link
 * FollowUpExchange#rewriteRight}) and whether its first citation is from one of the exchange's articles (the
 * service's ids of the articles ingested, as {@link Evaluation} counts a gold article). Writes
 * OUT_DIR/report.json and OUT_DIR/report.md and prints the markdown.
 * Usage: FollowUpEvaluation BASE_URL EVAL_DIR EXCHANGES_JSONL OUT_DIR
 */
public final class FollowUpEvaluation {

    private FollowUpEvaluation() {}

    public static void main(String[] args) throws Exception {
        NewsdeskClient client = new NewsdeskClient(args[0]);
        List<FollowUpExchange> exchanges = FollowUpExchange.read(Path.of(args[2]));
        Ingestion.Result ingested =
                Ingestion.run(client, EvalData.readJsonLines(Path.of(args[1]).resolve("articles.jsonl")));
        System.out.printf(
                "ingested %d articles, %d sentences in %.1f s%n",
                ingested.articles(), ingested.sentences(), ingested.seconds());
        Map<String, String> external = new HashMap<>();
        ingested.ids().forEach((externalId, id) -> external.put(id, externalId));
        long start = System.nanoTime();
        List<FollowUpReport.Row> rows = new ArrayList<>();
        for (FollowUpExchange exchange : exchanges) {
            rows.add(ask(client, exchange, external));
        }
        FollowUpReport report = new FollowUpReport(rows, ingested.seconds(), (System.nanoTime() - start) / 1e9);
        Evaluation.write(Path.of(args[3]), report.json(), report.markdown());
    }

    /** Both turns of one exchange in a new conversation; {@code external} maps the service's article ids back. */
    static FollowUpReport.Row ask(NewsdeskClient client, FollowUpExchange exchange, Map<String, String> external) {
        String conversation = client.startConversation();
        JsonNode first = client.message(conversation, message(exchange.first(), exchange.asOf()));
        long start = System.nanoTime();
        JsonNode followUp = client.message(conversation, message(exchange.followUp(), exchange.asOf()));
        double millis = (System.nanoTime() - start) / 1e6;
        String rewritten = followUp.path("rewritten_question").isTextual()
                ? followUp.path("rewritten_question").asText()
                : null;
        String cited = firstCitation(followUp.path("answer"), external);
        String firstAnswer = first.path("answer").path("answer").asText("");
        return new FollowUpReport.Row(
                exchange,
                first.path("answer").path("status").asText("") + ": " + firstAnswer,
                exchange.firstAnswerRight(firstAnswer),
                firstCitation(first.path("answer"), external),
                rewritten,
                followUp.path("answer").path("status").asText(""),
                followUp.path("answer").path("answer").asText(""),
                cited,
                exchange.rewriteRight(rewritten),
                cited != null && exchange.articleIds().contains(cited),
                millis);
    }

    private static ObjectNode message(String question, String asOf) {
        return EvalData.JSON.createObjectNode().put("question", question).put("as_of", asOf);
    }

    /** The development-set id of the answer's first citation (the service's id when not ingested here), or null. */
    private static String firstCitation(JsonNode answer, Map<String, String> external) {
        JsonNode citations = answer.path("citations");
        if (citations.isEmpty()) {
            return null;
        }
        String id = citations.get(0).path("article_id").asText();
        return external.getOrDefault(id, id);
    }
}
