package io.newsdesk.answer.followup;

/**
 * Turns a follow-up question ("When did that happen?", "Who is he?") into one that stands alone,
 * so retrieval can search for it; the rewritten question is shown to the user.
 */
public interface FollowUpRewriter {

    /** The question to search for; {@code question} itself when it needs no context. */
    String rewrite(String question, PreviousTurn previous);
}
