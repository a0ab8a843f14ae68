package io.newsdesk.slack;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Answers an {@code /ask} command through its response_url, visible to the channel or only to the
 * asker as {@code newsdesk.slack.command-visibility} says.
 */
@ApplicationScoped
class CommandResponder {

    private final SlackAnswerer answerer;
    private final SlackWebClient slack;
    private final SlackConfig config;

    CommandResponder(SlackAnswerer answerer, SlackWebClient slack, SlackConfig config) {
        this.answerer = answerer;
        this.slack = slack;
        this.config = config;
    }

    /** Answers and delivers (runs on the answer queue). */
    void respond(SlashCommand command) {
        SlackAnswerer.Reply reply = answerer.reply(command.question(), command.asOf(), null, command.deliveryId());
        slack.respond(
                command.responseUrl(),
                new SlackWebClient.CommandResponse(
                        config.commandVisibility().name(),
                        false,
                        reply.message().text(),
                        reply.message().blocks()),
                command.deliveryId());
    }
}
