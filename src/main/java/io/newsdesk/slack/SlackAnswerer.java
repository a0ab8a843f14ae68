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
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;

/**
 * Answers one question asked in Slack: rewrite a follow-up with its conversation's previous turn, answer
 * through the pipeline. Failures become an honest notice, never invented text.
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

    /**
     * What came of a question: the answer with the question as asked and as searched, or (answer null) a notice to
     * post instead.
     */
    record Reply(String asked, String searched, Answer answer, SlackMessage notice) {

        static Reply notice(SlackMessage notice) {
            return new Reply(null, null, null, notice);
        }

        /** The rewritten follow-up that was searched, or null when it was searched as asked. */
        String rewritten() {
            return searched.equals(asked) ? null : searched;
        }
    }

    /** Answers {@code question} as of {@code asOf}, leaning on {@code previous} (or null) when it is a follow-up. */
    Reply reply(String question, LocalDate asOf, PreviousTurn previous, String deliveryId) {
        String asked = QuestionText.clean(question).strip();
        if (asked.isEmpty()) {
            return Reply.notice(formatter.notice(HELP));
        }
        String searched = searched(asked, previous);
        try {
            Answer answer =
                    metrics.time(AskMetrics.Endpoint.slack, () -> answers.answer(Question.asOf(searched, asOf)));
            return new Reply(asked, searched, answer, null);
        } catch (InvalidQuestionException e) {
            return Reply.notice(formatter.notice("I can't search for that as it is: " + e.getMessage()));
        } catch (RuntimeException e) {
            Log.errorf(e, "Slack question %s could not be answered", deliveryId);
            return Reply.notice(formatter.notice(UNAVAILABLE));
        }
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
