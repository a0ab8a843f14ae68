package io.newsdesk.chat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.newsdesk.answer.InvalidQuestionException;
import io.newsdesk.answer.Question;
import io.newsdesk.store.SearchFilter;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * Reads chat request bodies as strictly as the ask endpoint does (UTF-8, JSON, no unknown
 * fields); a bad body becomes an {@link InvalidQuestionException}, answered 400 problem+json.
 */
@ApplicationScoped
class ChatRequests {

    /** The body of POST /api/v1/ask/stream: the same fields as /api/v1/ask. */
    record AskBody(String question, Filters filters, Integer maxCitations, Double minConfidence) {
    }

    /** Optional restrictions, as in /api/v1/ask. */
    record Filters(List<String> sources, String from, String to, List<String> articleIds,
            List<String> excludeArticleIds) {
    }

    /** The body of a conversation message. */
    record MessageBody(String question) {
    }

    private final ObjectMapper mapper;

    ChatRequests(ObjectMapper mapper) {
        this.mapper = mapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** A one-shot question with its filters and limits. */
    Question question(byte[] body) {
        AskBody ask = read(body, AskBody.class);
        if (ask.maxCitations() != null && (ask.maxCitations() < 1 || ask.maxCitations() > 10)) {
            throw new InvalidQuestionException("max_citations", "max_citations must be between 1 and 10");
        }
        return new Question(required(ask.question()), filter(ask.filters()),
                ask.maxCitations() == null ? 0 : ask.maxCitations(), ask.minConfidence());
    }

    /** The question of a conversation message. */
    String message(byte[] body) {
        return required(read(body, MessageBody.class).question());
    }

    private <T> T read(byte[] body, Class<T> type) {
        String json = utf8(body);
        if (json.isBlank()) {
            throw new InvalidQuestionException(null, "the request body is empty: send {\"question\": \"...\"}");
        }
        try {
            T value = mapper.readValue(json, type);
            if (value == null) {
                throw new InvalidQuestionException(null, "the request body is null: send {\"question\": \"...\"}");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidQuestionException(e.getPropertyName(), "unknown field \"" + e.getPropertyName() + "\"");
        } catch (JsonProcessingException e) {
            throw new InvalidQuestionException(null, "the body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static String required(String question) {
        if (question == null) {
            throw new InvalidQuestionException("question", "question is missing: send {\"question\": \"...\"}");
        }
        return question;
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body == null ? new byte[0] : body)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidQuestionException(null, "the request body is not valid UTF-8 text");
        }
    }

    private static SearchFilter filter(Filters filters) {
        if (filters == null) {
            return SearchFilter.NONE;
        }
        return new SearchFilter(filters.sources(), date("filters.from", filters.from()),
                date("filters.to", filters.to()), ids("filters.article_ids", filters.articleIds()),
                ids("filters.exclude_article_ids", filters.excludeArticleIds()));
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidQuestionException(field, field + " \"" + value + "\" is not a date: use 2017-01-01");
        }
    }

    private static List<UUID> ids(String field, List<String> values) {
        try {
            return values == null ? List.of() : values.stream().map(UUID::fromString).toList();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidQuestionException(field, field + " must hold article ids");
        }
    }
}
