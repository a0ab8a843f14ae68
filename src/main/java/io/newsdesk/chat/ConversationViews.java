package io.newsdesk.chat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.answer.Answer;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the conversations API (snake_case JSON). */
final class ConversationViews {

    private ConversationViews() {}

    /** A new conversation. */
    record Created(UUID id, Instant createdAt, Instant expiresAt, String location) {}

    /**
     * One turn as shown: the question, the stand-alone question that was searched (null when the
     * question was searched as asked), and the answer in the schema of /api/v1/ask.
     */
    record Turn(
            int index,
            String question,
            String rewrittenQuestion,
            @Schema(implementation = Answer.class) JsonNode answer,
            Instant createdAt) {}

    /** A conversation with its turns, first first; it expires at {@code expiresAt} unless used again. */
    record Conversation(UUID id, Instant createdAt, Instant lastActiveAt, Instant expiresAt, List<Turn> turns) {}

    /** A reader's verdict on one answer of a conversation, as stored. */
    record Verdict(
            long id,
            UUID conversationId,
            int turn,
            @Schema(enumeration = {"helpful", "wrong"}) String rating,
            String comment) {}
}
