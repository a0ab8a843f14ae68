package io.newsdesk.slack;

import com.slack.api.methods.request.chat.ChatPostMessageRequest;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Answers a mention or a direct message where it was asked: a direct message in the conversation with the bot, a
 * mention in its thread (a new one under a top-level mention). A follow-up leans on the earlier answers of that
 * thread, or of the direct message conversation; each answer is stored as the next turn and carries feedback
 * buttons.
 */
@ApplicationScoped
class ThreadResponder {

    private final SlackAnswerer answerer;
    private final SlackAnswers answers;
    private final BlockKitFormatter formatter;
    private final SlackWebClient slack;

    ThreadResponder(SlackAnswerer answerer, SlackAnswers answers, BlockKitFormatter formatter, SlackWebClient slack) {
        this.answerer = answerer;
        this.answers = answers;
        this.formatter = formatter;
        this.slack = slack;
    }

    /** Answers and posts (runs on the answer queue). */
    void respond(IncomingMessage message) {
        SlackAnswers.Place place = message.place();
        SlackAnswerer.Reply reply = answerer.reply(
                message.question(), message.asOf(), answers.previous(place).orElse(null), message.deliveryId());
        SlackMessage shown = reply.answer() == null
                ? reply.notice()
                : formatter.answer(
                        reply.answer(),
                        BlockKitFormatter.Framing.inThread(
                                reply.rewritten(), answers.save(place, reply, message.asOf())));
        slack.postMessage(
                ChatPostMessageRequest.builder()
                        .channel(message.channel())
                        .threadTs(message.replyThread())
                        .text(shown.text())
                        .blocks(shown.blocks())
                        .unfurlLinks(false)
                        .unfurlMedia(false)
                        .build(),
                message.deliveryId());
    }
}
