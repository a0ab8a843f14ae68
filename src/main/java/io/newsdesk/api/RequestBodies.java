package io.newsdesk.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.answer.Question;
import io.newsdesk.answer.QuestionRequest;
import io.newsdesk.ingest.ArticleInput;
import io.newsdesk.ingest.BatchItem;
import io.newsdesk.util.StrictJson;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads request bodies strictly: UTF-8 only, JSON with no unknown fields and no silent type
 * coercion, so a client learns of a mistake instead of having data stored wrongly.
 */
@ApplicationScoped
class RequestBodies {

    private final StrictJson json;

    RequestBodies(ObjectMapper mapper) {
        this.json = new StrictJson(mapper);
    }

    /** The body as text; invalid UTF-8 is refused rather than replaced. */
    String text(byte[] body) {
        try {
            return StrictJson.text(body);
        } catch (StrictJson.UnreadableBodyException e) {
            throw new InvalidRequestException(e.field(), e.getMessage());
        }
    }

    /** <T> read from one JSON document. */
    <T> T json(String body, Class<T> type) {
        try {
            return json.read(body, type, "a JSON object");
        } catch (StrictJson.UnreadableBodyException e) {
            throw new InvalidRequestException(e.field(), e.getMessage());
        }
    }

    /** The validated question of an ask or diagnostics body. */
    Question question(byte[] body) {
        return json(text(body), QuestionRequest.class).toQuestion();
    }

    /** One article from a JSON object. */
    ArticleInput article(String json) {
        ArticleRequest request = json(json, ArticleRequest.class);
        if (request.metadata() != null
                && !request.metadata().isNull()
                && !request.metadata().isObject()) {
            throw new InvalidRequestException("metadata", "metadata must be a JSON object");
        }
        if (request.metadata() != null && !storable(request.metadata())) {
            throw new InvalidRequestException(
                    "metadata",
                    "metadata holds the character U+0000 or half of a"
                            + " surrogate pair, which cannot be stored: remove it");
        }
        String metadata = request.metadata() == null || request.metadata().isNull()
                ? null
                : request.metadata().toString();
        return new ArticleInput(
                request.title(),
                request.text(),
                request.url(),
                request.source(),
                request.author(),
                request.section(),
                request.publishedAt(),
                request.externalId(),
                request.language(),
                metadata);
    }

    /** The articles of an NDJSON body, one per non-blank line, each with its line number. */
    List<BatchItem> batch(String ndjson) {
        List<BatchItem> items = new ArrayList<>();
        String[] lines = ndjson.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                items.add(BatchItem.read(i + 1, article(lines[i])));
            } catch (InvalidRequestException e) {
                items.add(BatchItem.unreadable(i + 1, e.getMessage()));
            }
        }
        return items;
    }

    /** Whether jsonb keeps every name and string as sent: it refuses U+0000, and UTF-8 has no lone surrogates. */
    private static boolean storable(JsonNode node) {
        if (node.isTextual()) {
            return storable(node.textValue());
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!storable(field.getKey()) || !storable(field.getValue())) {
                return false;
            }
        }
        if (node.isArray()) {
            for (JsonNode element : node) {
                if (!storable(element)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean storable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0' || Character.isLowSurrogate(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }
}
