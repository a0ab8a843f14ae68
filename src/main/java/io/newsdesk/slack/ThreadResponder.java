package io.newsdesk.slack;

import io.newsdesk.store.SlackRepository;
import io.newsdesk.store.SlackThreadTurn;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * Answers a mention or a direct message in its thread: a message inside a thread the bot answered
 * in is a follow-up to that thread's last turn; the new turn is remembered for the next one.
 */
@ApplicationScoped
class ThreadResponder {

    private final SlackAnswerer answerer;
    private final SlackRepository threads;
    private final SlackWebClient slack;
    private final Clock clock;

    ThreadResponder(SlackAnswerer answerer, SlackRepository threads, SlackWebClient slack, Clock clock) {
        this.answerer = answerer;
        this.threads = threads;
        this.slack = slack;
        this.clock = clock;
    }

    /** Answers and posts in the message's thread (runs on the answer queue). */
    void respond(IncomingMessage message) {
        String thread = message.replyThread();
        SlackThreadTurn previous = message.threadTs() == null
                ? null
                : threads.lastTurn(message.teamId(), message.channel(), thread).orElse(null);
        SlackAnswerer.Reply reply = answerer.reply(message.question(), message.asOf(), previous, message.deliveryId());
        if (reply.turn() != null) {
            threads.saveTurn(message.teamId(), message.channel(), thread, reply.turn(), clock.instant());
        }
        slack.postMessage(
                new SlackWebClient.PostMessage(
                        message.channel(),
                        thread,
                        reply.message().text(),
                        reply.message().blocks(),
                        false,
                        false),
                message.deliveryId());
    }
}
