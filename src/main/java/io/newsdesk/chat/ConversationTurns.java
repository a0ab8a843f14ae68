package io.newsdesk.chat;

import io.newsdesk.answer.Answer;
import io.newsdesk.answer.AnswerConfig;
import io.newsdesk.answer.AnswerPipeline;
import io.newsdesk.answer.AskMetrics;
import io.newsdesk.answer.Evidence;
import io.newsdesk.answer.InvalidQuestionException;
import io.newsdesk.answer.Question;
import io.newsdesk.answer.followup.FollowUpRewriter;
import io.newsdesk.answer.followup.PreviousTurn;
import io.newsdesk.store.StoredConversation;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * One turn of a conversation: rewrite a follow-up into a stand-alone question, answer it through
 * the answer pipeline as of the day the message says (else the UTC date of the turn's time on the
 * service clock), store the turn as shown.
 */
@ApplicationScoped
class ConversationTurns {

    private final Conversations conversations;
    private final FollowUpRewriter rewriter;
    private final AnswerPipeline answers;
    private final AnswerConfig config;
    private final AskMetrics metrics;

    ConversationTurns(
            Conversations conversations,
            FollowUpRewriter rewriter,
            AnswerPipeline answers,
            AnswerConfig config,
            AskMetrics metrics) {
        this.conversations = conversations;
        this.rewriter = rewriter;
        this.answers = answers;
        this.config = config;
        this.metrics = metrics;
    }

    /** Answers {@code question} in the context of conversation {@code id}; 404 when there is none. */
    ConversationViews.Turn ask(String id, Question question, AnswerEvents events) {
        StoredConversation conversation = conversations.require(id);
        Instant at = conversations.now();
        LocalDate asOf = question.asOf() != null ? question.asOf() : LocalDate.ofInstant(at, ZoneOffset.UTC);
        String asked = question.text().strip();
        if (asked.isEmpty()) {
            throw new InvalidQuestionException("question", "question is empty: ask something");
        }
        String searched =
                searched(asked, conversations.previous(conversation.id()).orElse(null));
        String rewritten = searched.equals(asked) ? null : searched;
        events.question(asked, rewritten);
        Answer answer = metrics.time(AskMetrics.Endpoint.conversation, () -> {
            Evidence evidence = answers.retrieve(Question.asOf(searched, asOf));
            events.sources(evidence.sources());
            return answers.answer(evidence, events::token);
        });
        return conversations.record(conversation.id(), asked, rewritten, answer, asOf, at);
    }

    /** The rewritten question, unless it would be too long to ask (then the question as asked). */
    private String searched(String asked, PreviousTurn previous) {
        if (previous == null || asked.length() > config.maxQuestionLength()) {
            return asked;
        }
        String rewritten = rewriter.rewrite(asked, previous).strip();
        return rewritten.isEmpty() || rewritten.length() > config.maxQuestionLength() ? asked : rewritten;
    }
}
