package io.newsdesk.slack;

import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import io.newsdesk.feedback.Feedback;
import io.newsdesk.feedback.FeedbackSubject;
import io.newsdesk.feedback.Rating;
import io.newsdesk.store.StoredSlackAnswer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Does what an answer's button says (on the answer queue): "Share in channel" posts the same answer, question
 * repeated, visibly in the channel through the click's response_url; "Helpful" and "Wrong" store the rating with
 * the answer as served, in the same feedback store as the widget's (channel {@code slack}, one rating per answer:
 * a later click replaces it), and thank the clicker privately.
 */
@ApplicationScoped
class ButtonResponder {

    static final String GONE = "Sorry, that answer is no longer kept, so it can't be shared or rated.";

    private final SlackAnswers answers;
    private final BlockKitFormatter formatter;
    private final Feedback feedback;
    private final SlackWebClient slack;

    ButtonResponder(SlackAnswers answers, BlockKitFormatter formatter, Feedback feedback, SlackWebClient slack) {
        this.answers = answers;
        this.formatter = formatter;
        this.feedback = feedback;
        this.slack = slack;
    }

    /** Posts the answer in the channel, visible to everyone. */
    void share(ButtonClick click) {
        Optional<SlackAnswers.Posted> posted = answers.find(click.answerId());
        if (posted.isEmpty()) {
            privately(click, GONE);
            return;
        }
        SlackMessage shown = formatter.answer(
                posted.get().answer(),
                new BlockKitFormatter.Framing(
                        click.mention(), posted.get().stored().question(), null, click.answerId(), false));
        slack.respond(
                click.responseUrl(),
                ActionResponse.builder()
                        .responseType("in_channel")
                        .replaceOriginal(false)
                        .text(shown.text())
                        .blocks(shown.blocks())
                        .build(),
                click.deliveryId());
    }

    /** Stores the rating and thanks the clicker. */
    void rate(ButtonClick click, Rating rating) {
        Optional<SlackAnswers.Posted> posted = answers.find(click.answerId());
        if (posted.isEmpty()) {
            privately(click, GONE);
            return;
        }
        StoredSlackAnswer stored = posted.get().stored();
        feedback.record(
                new FeedbackSubject(
                        FeedbackSubject.Channel.slack,
                        stored.teamId() + ":" + stored.channelId() + ":" + stored.id(),
                        stored.question(),
                        stored.searchedQuestion().equals(stored.question()) ? null : stored.searchedQuestion(),
                        stored.answerJson(),
                        stored.mode(),
                        stored.asOf()),
                rating,
                null);
        privately(
                click,
                rating == Rating.helpful
                        ? "Thanks, noted: this answer helped. Click the other button to change that."
                        : "Thanks, noted: this answer was wrong. It helps us improve the archive's answers.");
    }

    private void privately(ButtonClick click, String text) {
        SlackMessage notice = formatter.notice(text);
        slack.respond(
                click.responseUrl(),
                ActionResponse.builder()
                        .responseType("ephemeral")
                        .replaceOriginal(false)
                        .text(notice.text())
                        .blocks(notice.blocks())
                        .build(),
                click.deliveryId());
    }
}
