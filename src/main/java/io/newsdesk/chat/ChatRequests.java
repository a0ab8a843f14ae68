package io.newsdesk.chat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.answer.InvalidQuestionException;
import io.newsdesk.answer.Question;
import io.newsdesk.answer.QuestionRequest;
import io.newsdesk.util.StrictJson;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads chat request bodies as strictly as the ask endpoint does (UTF-8, JSON, no unknown
 * fields); a bad body becomes an {@link InvalidQuestionException}, answered 400 problem+json.
 */
@ApplicationScoped
class ChatRequests {

    /** The body of a conversation message: the question and, optionally, the day it is asked on (ISO). */
    record MessageBody(String question, String asOf) {}

    private static final String EXAMPLE = "{\"question\": \"...\"}";

    private final StrictJson json;

    ChatRequests(ObjectMapper mapper) {
        this.json = new StrictJson(mapper);
    }

    /** A one-shot question with its filters and limits. */
    Question question(byte[] body) {
        return read(body, QuestionRequest.class).toQuestion();
    }

    /**
     * The question of a conversation message, with the day it is asked on when the message says it
     * (null otherwise); both are checked as the ask endpoint checks them.
     */
    Question message(byte[] body) {
        MessageBody message = read(body, MessageBody.class);
        return new QuestionRequest(message.question(), null, null, null, null, message.asOf()).toQuestion();
    }

    private <T> T read(byte[] body, Class<T> type) {
        try {
            return json.read(StrictJson.text(body), type, EXAMPLE);
        } catch (StrictJson.UnreadableBodyException e) {
            throw new InvalidQuestionException(e.field(), e.getMessage());
        }
    }
}
