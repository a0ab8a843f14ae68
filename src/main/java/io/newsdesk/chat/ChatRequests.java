package io.newsdesk.chat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.answer.InvalidQuestionException;
import io.newsdesk.answer.Question;
import io.newsdesk.answer.QuestionRequest;
import io.newsdesk.feedback.Feedback;
import io.newsdesk.feedback.Rating;
import io.newsdesk.util.StrictJson;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;

/**
 * Reads chat request bodies as strictly as the ask endpoint does (UTF-8, JSON, no unknown
 * fields); a bad body becomes an {@link InvalidQuestionException}, answered 400 problem+json.
 */
@ApplicationScoped
class ChatRequests {

    /** The body of a conversation message: the question and, optionally, the day it is asked on (ISO). */
    record MessageBody(String question, String asOf) {}

    /** The body of a verdict on a conversation's answer. */
    record FeedbackBody(String conversationId, Integer turn, String rating, String comment) {}

    private static final String EXAMPLE = "{\"question\": \"...\"}";
    private static final String FEEDBACK_EXAMPLE =
            "{\"conversation_id\": \"...\", \"turn\": 1, \"rating\": \"helpful\" | \"wrong\", \"comment\": \"...\"}";

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

    /** A verdict on a conversation's answer, every field checked; the comment is optional. */
    FeedbackBody feedback(byte[] body) {
        FeedbackBody feedback = read(body, FeedbackBody.class, FEEDBACK_EXAMPLE);
        if (feedback.conversationId() == null || feedback.conversationId().isBlank()) {
            throw new InvalidQuestionException("conversation_id", "conversation_id is missing: " + FEEDBACK_EXAMPLE);
        }
        if (feedback.turn() == null || feedback.turn() < 1) {
            throw new InvalidQuestionException("turn", "turn must be the answer's turn, 1 or more");
        }
        if (feedback.rating() == null
                || Arrays.stream(Rating.values()).noneMatch(r -> r.name().equals(feedback.rating()))) {
            throw new InvalidQuestionException("rating", "rating must be \"helpful\" or \"wrong\"");
        }
        if (feedback.comment() != null && feedback.comment().strip().length() > Feedback.MAX_COMMENT_LENGTH) {
            throw new InvalidQuestionException(
                    "comment", "comment is longer than " + Feedback.MAX_COMMENT_LENGTH + " characters");
        }
        return feedback;
    }

    private <T> T read(byte[] body, Class<T> type) {
        return read(body, type, EXAMPLE);
    }

    private <T> T read(byte[] body, Class<T> type, String example) {
        try {
            return json.read(StrictJson.text(body), type, example);
        } catch (StrictJson.UnreadableBodyException e) {
            throw new InvalidQuestionException(e.field(), e.getMessage());
        }
    }
}
