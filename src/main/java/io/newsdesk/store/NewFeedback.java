package io.newsdesk.store;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A reader's verdict on one answer, with a copy of what was shown.
 *
 * @param channel          where the answer was shown: {@code conversation} or {@code slack}
 * @param answerKey        the answer within its channel; a later verdict on the same key replaces this one
 * @param rating           {@code helpful} or {@code wrong}
 * @param comment          what the reader wrote, or null
 * @param searchedQuestion the stand-alone question searched, or null when searched as asked
 * @param answerJson       the answer as shown (the JSON of /api/v1/ask)
 * @param asOf             the day it was answered as of, or null when not known
 */
public record NewFeedback(
        String channel,
        String answerKey,
        String rating,
        String comment,
        String question,
        String searchedQuestion,
        String answerJson,
        String mode,
        LocalDate asOf) {

    public NewFeedback {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(answerKey, "answerKey");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answerJson, "answerJson");
    }
}
