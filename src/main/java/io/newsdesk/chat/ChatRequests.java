package io.newsdesk.chat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.newsdesk.answer.InvalidQuestionException;
import io.newsdesk.answer.Question;
import io.newsdesk.answer.QuestionRequest;
import io.newsdesk.answer.QuestionText;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads chat request bodies as strictly as the ask endpoint does (UTF-8, JSON, no unknown
 * fields); a bad body becomes an {@link InvalidQuestionException}, answered 400 problem+json.
 */
@ApplicationScoped
class ChatRequests {

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
        return read(body, QuestionRequest.class).toQuestion();
    }

    /** The question of a conversation message. */
    String message(byte[] body) {
        return QuestionText.clean(required(read(body, MessageBody.class).question()));
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
}
