package io.newsdesk.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * An answer the Slack bot posted, as stored for its buttons (share, feedback) and as a turn of its conversation.
 *
 * @param conversation     the thread's ts, {@code ""} for a direct message outside threads, null for an /ask answer
 * @param question         the question as asked
 * @param searchedQuestion the stand-alone question that was searched (the question itself unless a follow-up)
 * @param answerJson       the answer JSON as served (the schema of /api/v1/ask)
 */
public record StoredSlackAnswer(
        UUID id,
        String teamId,
        String channelId,
        String conversation,
        String question,
        String searchedQuestion,
        String answerJson,
        String mode,
        LocalDate asOf,
        Instant createdAt) {

    public StoredSlackAnswer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(searchedQuestion, "searchedQuestion");
        Objects.requireNonNull(answerJson, "answerJson");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
