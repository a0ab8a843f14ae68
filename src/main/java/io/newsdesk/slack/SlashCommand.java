package io.newsdesk.slack;

import java.net.URI;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An {@code /ask} slash command as Slack sent it.
 *
 * @param deliveryId  {@code command:} and Slack's trigger id, which makes the answer exactly-once
 * @param teamId      the workspace, {@code ""} when Slack did not say
 * @param channelId   the channel it was typed in, {@code ""} when Slack did not say
 * @param userId      who typed it, or null when Slack did not say
 * @param responseUrl where the answer is delivered (valid for 30 minutes)
 * @param asOf        the day it is asked on: the UTC date of the request's {@code X-Slack-Request-Timestamp}
 */
record SlashCommand(
        String deliveryId,
        String teamId,
        String channelId,
        String userId,
        String question,
        URI responseUrl,
        LocalDate asOf) {

    SlashCommand {
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(responseUrl, "responseUrl");
        Objects.requireNonNull(asOf, "asOf");
        teamId = teamId == null ? "" : teamId;
        channelId = channelId == null ? "" : channelId;
        question = question == null ? "" : question.strip();
    }
}
