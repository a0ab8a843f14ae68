package io.newsdesk.answer.llm;

import io.newsdesk.answer.AnswerConfig;
import io.newsdesk.answer.followup.ExtractiveFollowUpRewriter;
import io.newsdesk.answer.followup.FollowUpRewriter;
import io.newsdesk.answer.followup.PreviousTurn;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;

/**
 * LLM mode: the model rewrites every follow-up into a stand-alone question (prompt
 * {@code rewrite.txt}). A reply that is empty, multi-line, too long or holds markup, and any
 * failure, falls back to the extractive rewrite.
 */
@ApplicationScoped
@Typed(LlmFollowUpRewriter.class)
class LlmFollowUpRewriter implements FollowUpRewriter {

    private final GuardedChatClient client;
    private final PromptLibrary prompts;
    private final ExtractiveFollowUpRewriter extractive;
    private final AnswerConfig answers;

    LlmFollowUpRewriter(
            GuardedChatClient client,
            PromptLibrary prompts,
            ExtractiveFollowUpRewriter extractive,
            AnswerConfig answers) {
        this.client = client;
        this.prompts = prompts;
        this.extractive = extractive;
        this.answers = answers;
    }

    @Override
    public String rewrite(String question, PreviousTurn previous) {
        if (previous == null) {
            return question.strip();
        }
        try {
            String reply = client.complete(prompts.rewrite(question, previous), chunk -> {})
                    .strip();
            if (acceptable(reply)) {
                return reply.replaceAll("^[\"“']+|[\"”']+$", "").strip();
            }
            Log.infof("LLM rewrite rejected; using the extractive rewrite");
        } catch (Exception e) {
            Log.warnf(
                    "LLM rewrite failed (%s); using the extractive rewrite",
                    e.getClass().getSimpleName());
        }
        return extractive.rewrite(question, previous);
    }

    private boolean acceptable(String reply) {
        return !reply.isBlank()
                && !reply.contains("\n")
                && reply.length() <= answers.maxQuestionLength()
                && !reply.contains("<")
                && !reply.contains(">");
    }
}
