package io.newsdesk.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One question and answer of a conversation, as shown.
 *
 * @param ordinal           1 for the first turn
 * @param rewrittenQuestion the stand-alone question searched, or null when searched as asked
 * @param answerJson        the answer exactly as it was sent, as JSON
 * @param asOf              the day it was answered as of; null for turns stored before this was kept
 */
public record StoredTurn(
        int ordinal, String question, String rewrittenQuestion, String answerJson, LocalDate asOf, Instant createdAt) {

    public StoredTurn {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answerJson, "answerJson");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
