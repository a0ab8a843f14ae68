package io.newsdesk.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads an evaluation folder (articles.jsonl, questions.jsonl) into newsdesk's ingestion format. */
final class EvalData {

    static final ObjectMapper JSON = new ObjectMapper();

    private EvalData() {}

    /** One article line of articles.jsonl as the NDJSON line newsdesk ingests. */
    static ObjectNode toArticleRequest(JsonNode article) {
        ObjectNode request = JSON.createObjectNode();
        request.put("external_id", article.path("id").asText());
        request.put("title", article.path("title").asText(""));
        request.put("text", article.path("text").asText(""));
        copyText(article, "url", request, "url");
        copyText(article, "source", request, "source");
        copyText(article, "published", request, "published_at");
        ObjectNode metadata = request.putObject("metadata");
        metadata.put("kind", article.path("kind").asText("article"));
        return request;
    }

    private static void copyText(JsonNode from, String field, ObjectNode to, String as) {
        if (from.hasNonNull(field) && !from.get(field).asText().isBlank()) {
            to.put(as, from.get(field).asText());
        }
    }

    static List<JsonNode> readJsonLines(Path file) {
        try {
            List<JsonNode> lines = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                if (!line.isBlank()) {
                    lines.add(JSON.readTree(line));
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The gold answers of a development question. */
    static List<String> answers(JsonNode question) {
        List<String> golds = new ArrayList<>();
        question.path("answers").forEach(answer -> golds.add(answer.asText()));
        return golds;
    }

    /** Fills {@code names} from a diagnostics response's {@code feature_names} the first time. */
    static void names(JsonNode diagnostics, List<String> names) {
        if (names.isEmpty()) {
            diagnostics.path("feature_names").forEach(name -> names.add(name.asText()));
        }
    }
}
