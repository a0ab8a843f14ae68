package io.newsdesk.slack;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A question asked in Slack by a mention in a channel or a direct message.
 *
 * @param deliveryId Slack's event id, which makes the answer exactly-once
 * @param threadTs   the thread it was asked in, or null for a new top-level message
 * @param question   the text with the bot's mention removed and Slack's escapes undone
 * @param asOf       the day it is asked on: the UTC date of the event's time
 */
record IncomingMessage(
        String deliveryId, String teamId, String channel, String ts, String threadTs, String question, LocalDate asOf) {

    IncomingMessage {
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(ts, "ts");
        Objects.requireNonNull(asOf, "asOf");
        teamId = teamId == null ? "" : teamId;
        question = question == null ? "" : question;
    }

    /** The message itself, whichever event brought it (a mention in a direct message can come twice). */
    String messageKey() {
        return "message:" + teamId + ":" + channel + ":" + ts;
    }

    /** The thread the answer goes in: the message's thread, or a new one under the message. */
    String replyThread() {
        return threadTs != null ? threadTs : ts;
    }
}
