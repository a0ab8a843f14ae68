package io.newsdesk.feedback;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The answer a verdict is about, as it was shown.
 *
 * @param channel          where it was shown
 * @param key              the answer within its channel (a conversation's id and turn; a Slack message)
 * @param searchedQuestion the stand-alone question searched, or null when searched as asked
 * @param answerJson       the answer as shown, in the JSON of /api/v1/ask
 * @param asOf             the day it was answered as of, or null when not known
 */
public record FeedbackSubject(
        Channel channel,
        String key,
        String question,
        String searchedQuestion,
        String answerJson,
        String mode,
        LocalDate asOf) {

    /** Where answers are shown. */
    public enum Channel {
        /** A conversation: the widget, or any client of the conversations API. */
        conversation,
        slack
    }

    public FeedbackSubject {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answerJson, "answerJson");
    }
}
