package io.newsdesk.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Sends articles.jsonl through the real ingestion endpoint in NDJSON batches and times it. */
final class Ingestion {

    private static final int BATCH = 20;

    /** What an ingestion run produced: external id to article id, counts and seconds taken. */
    record Result(Map<String, String> ids, int articles, long sentences, double seconds) {}

    private Ingestion() {}

    static Result run(NewsdeskClient client, List<JsonNode> articles) {
        Map<String, String> ids = new HashMap<>();
        long sentences = 0;
        long start = System.nanoTime();
        for (int from = 0; from < articles.size(); from += BATCH) {
            List<ObjectNode> batch = new ArrayList<>();
            for (JsonNode article : articles.subList(from, Math.min(articles.size(), from + BATCH))) {
                batch.add(EvalData.toArticleRequest(article));
            }
            JsonNode stored = client.ingest(batch).path("articles");
            for (int i = 0; i < batch.size(); i++) {
                ids.put(
                        batch.get(i).path("external_id").asText(),
                        stored.get(i).path("id").asText());
                if (!"unchanged".equals(stored.get(i).path("status").asText())) {
                    sentences += stored.get(i).path("sentence_count").asLong();
                }
            }
        }
        return new Result(ids, articles.size(), sentences, (System.nanoTime() - start) / 1e9);
    }
}
