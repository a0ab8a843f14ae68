package io.newsdesk.slack;

import io.newsdesk.answer.Answer;
import io.newsdesk.answer.AnswerConfig;
import io.newsdesk.answer.AnswerPipeline;
import io.newsdesk.answer.AskMetrics;
import io.newsdesk.answer.InvalidQuestionException;
import io.newsdesk.answer.Question;
import io.newsdesk.answer.followup.FollowUpRewriter;
import io.newsdesk.answer.followup.PreviousTurn;
import io.newsdesk.answer.question.QuestionText;
import io.newsdesk.store.SlackThreadTurn;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;

/**
 * Answers one question asked in Slack: rewrite a follow-up with the thread's previous turn, answer
 * through the pipeline, format for Slack. Failures become an honest message, never invented text.
 */
@ApplicationScoped
class SlackAnswerer {

    static final String HELP =
            "Ask me a question about the news archive, for example: who vetoed the UN" + " resolution?";
    static final String UNAVAILABLE =
            "Sorry, I couldn't search the archive just now. Please try again in a" + " minute.";

    private final AnswerPipeline answers;
    private final FollowUpRewriter rewriter;
    private final AnswerConfig config;
    private final BlockKitFormatter formatter;
    private final AskMetrics metrics;

    SlackAnswerer(
            AnswerPipeline answers,
            FollowUpRewriter rewriter,
            AnswerConfig config,
            BlockKitFormatter formatter,
            AskMetrics metrics) {
        this.answers = answers;
        this.rewriter = rewriter;
        this.config = config;
        this.formatter = formatter;
        this.metrics = metrics;
    }

    /** The message to post, and the turn to remember for follow-ups (null when nothing was answered). */
    record Reply(SlackMessage message, SlackThreadTurn turn) {}

    /** Answers {@code question} as of {@code asOf}, leaning on {@code previous} (or null) when it is a follow-up. */
    Reply reply(String question, LocalDate asOf, SlackThreadTurn previous, String deliveryId) {
        String asked = QuestionText.clean(question).strip();
        if (asked.isEmpty()) {
            return new Reply(formatter.notice(HELP), null);
        }
        String searched = searched(asked, previous);
        try {
            Answer answer =
                    metrics.time(AskMetrics.Endpoint.slack, () -> answers.answer(Question.asOf(searched, asOf)));
            return new Reply(
                    formatter.answer(answer, searched.equals(asked) ? null : searched), turn(searched, answer));
        } catch (InvalidQuestionException e) {
            return new Reply(formatter.notice("I can't search for that as it is: " + e.getMessage()), null);
        } catch (RuntimeException e) {
            Log.errorf(e, "Slack question %s could not be answered", deliveryId);
            return new Reply(formatter.notice(UNAVAILABLE), null);
        }
    }

    /** The rewritten question, unless it would be too long to ask (then the question as asked). */
    private String searched(String asked, SlackThreadTurn previous) {
        if (previous == null || asked.length() > config.maxQuestionLength()) {
            return asked;
        }
        String rewritten = rewriter.rewrite(
                        asked, new PreviousTurn(previous.question(), previous.answer(), previous.evidence()))
                .strip();
        return rewritten.isEmpty() || rewritten.length() > config.maxQuestionLength() ? asked : rewritten;
    }

    private static SlackThreadTurn turn(String searched, Answer answer) {
        if (answer.status() != Answer.Status.answered) {
            return new SlackThreadTurn(searched, null, null);
        }
        String shortAnswer = Answer.withoutMarkers(answer.answer());
        String evidence =
                answer.citations().isEmpty() ? null : answer.citations().get(0).text();
        return new SlackThreadTurn(searched, shortAnswer, evidence);
    }
}
