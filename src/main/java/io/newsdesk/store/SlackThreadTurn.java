package io.newsdesk.store;

import java.util.Objects;

/**
 * The latest turn of a Slack thread, as stored for follow-ups.
 *
 * @param question the stand-alone question that was searched
 * @param answer   the short answer shown, or null when the archive had none
 * @param evidence the sentence the answer was found in, or null
 */
public record SlackThreadTurn(String question, String answer, String evidence) {

    public SlackThreadTurn {
        Objects.requireNonNull(question, "question");
    }
}
