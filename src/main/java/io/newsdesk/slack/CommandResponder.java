package io.newsdesk.slack;

import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Answers an {@code /ask} command through its response_url, visible to the channel or only to the asker as
 * {@code newsdesk.slack.command-visibility} says. The answer repeats the question and carries feedback buttons;
 * one only its asker sees also offers "Share in channel".
 */
@ApplicationScoped
class CommandResponder {

    private final SlackAnswerer answerer;
    private final SlackAnswers answers;
    private final BlockKitFormatter formatter;
    private final SlackWebClient slack;
    private final SlackConfig config;

    CommandResponder(
            SlackAnswerer answerer,
            SlackAnswers answers,
            BlockKitFormatter formatter,
            SlackWebClient slack,
            SlackConfig config) {
        this.answerer = answerer;
        this.answers = answers;
        this.formatter = formatter;
        this.slack = slack;
        this.config = config;
    }

    /** Answers and delivers (runs on the answer queue). */
    void respond(SlashCommand command) {
        SlackAnswerer.Reply reply = answerer.reply(command.question(), command.asOf(), null, command.deliveryId());
        boolean ephemeral = config.commandVisibility() == SlackConfig.CommandVisibility.ephemeral;
        SlackMessage shown = reply.answer() == null
                ? reply.notice()
                : formatter.answer(
                        reply.answer(),
                        new BlockKitFormatter.Framing(
                                ephemeral ? "You" : Mrkdwn.mention(command.userId()),
                                reply.asked(),
                                null,
                                answers.save(
                                        new SlackAnswers.Place(command.teamId(), command.channelId(), null),
                                        reply,
                                        command.asOf()),
                                ephemeral));
        slack.respond(
                command.responseUrl(),
                SlashCommandResponse.builder()
                        .responseType(config.commandVisibility().name())
                        .text(shown.text())
                        .blocks(shown.blocks())
                        .build(),
                command.deliveryId());
    }
}
