package io.newsdesk.answer.followup;

import java.util.Objects;

/**
 * What a follow-up question may lean on: the previous turn of a conversation.
 *
 * @param question the question that was searched (already rewritten if it was a follow-up itself)
 * @param answer   the short answer shown, or null when the archive had none
 * @param evidence the sentence the answer was found in (its first citation), or null
 */
public record PreviousTurn(String question, String answer, String evidence) {

    public PreviousTurn {
        Objects.requireNonNull(question, "question");
        answer = answer == null || answer.isBlank() ? null : answer.strip();
        evidence = evidence == null || evidence.isBlank() ? null : evidence.strip();
    }
}
