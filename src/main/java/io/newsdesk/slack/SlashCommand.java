package io.newsdesk.slack;

import java.net.URI;
import java.util.Objects;

/**
 * An {@code /ask} slash command as Slack sent it.
 *
 * @param deliveryId  {@code command:} and Slack's trigger id, which makes the answer exactly-once
 * @param responseUrl where the answer is delivered (valid for 30 minutes)
 */
record SlashCommand(String deliveryId, String question, URI responseUrl) {

    SlashCommand {
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(responseUrl, "responseUrl");
        question = question == null ? "" : question.strip();
    }
}
