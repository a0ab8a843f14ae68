package io.newsdesk.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.newsdesk.ingest.ArticleInput;
import io.newsdesk.ingest.BatchItem;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads request bodies strictly: UTF-8 only, JSON with no unknown fields and no silent type
 * coercion, so a client learns of a mistake instead of having data stored wrongly.
 */
@ApplicationScoped
class RequestBodies {

    private final ObjectMapper mapper;

    RequestBodies(ObjectMapper mapper) {
        this.mapper = mapper.copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }

    /** The body as text; invalid UTF-8 is refused rather than replaced. */
    String text(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body == null ? new byte[0] : body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidRequestException(null, "the request body is not valid UTF-8 text");
        }
    }

    /** <T> read from one JSON document. */
    <T> T json(String json, Class<T> type) {
        if (json.isBlank()) {
            throw new InvalidRequestException(null, "the request body is empty: send a JSON object");
        }
        try {
            T value = mapper.readValue(json, type);
            if (value == null) {
                throw new InvalidRequestException(null, "the request body is null: send a JSON object");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException(field(e), describe(e));
        }
    }

    /** One article from a JSON object. */
    ArticleInput article(String json) {
        ArticleRequest request = json(json, ArticleRequest.class);
        if (request.metadata() != null && !request.metadata().isNull() && !request.metadata().isObject()) {
            throw new InvalidRequestException("metadata", "metadata must be a JSON object");
        }
        if (request.metadata() != null && !storable(request.metadata())) {
            throw new InvalidRequestException("metadata", "metadata holds the character U+0000 or half of a"
                    + " surrogate pair, which cannot be stored: remove it");
        }
        String metadata = request.metadata() == null || request.metadata().isNull() ? null
                : request.metadata().toString();
        return new ArticleInput(request.title(), request.text(), request.url(), request.source(), request.author(),
                request.section(), request.publishedAt(), request.externalId(), request.language(), metadata);
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

    private static String field(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return mapping.getPath().get(mapping.getPath().size() - 1).getFieldName();
        }
        return null;
    }

    private static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field \"" + unknown.getPropertyName() + "\"; known fields are "
                    + String.join(", ", unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList());
        }
        String field = field(e);
        if (field != null) {
            return "field \"" + field + "\" has the wrong type: " + e.getOriginalMessage();
        }
        return "the body is not valid JSON: " + e.getOriginalMessage();
    }
}
