package io.newsdesk.slack;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A question asked in Slack by a mention in a channel or a direct message.
 *
 * @param deliveryId Slack's event id, which makes the answer exactly-once
 * @param threadTs   the thread it was asked in, or null for a new top-level message
 * @param direct     whether it was asked in a direct message to the bot
 * @param question   the text with the bot's mention removed and Slack's escapes undone
 * @param asOf       the day it is asked on: the UTC date of the event's time
 */
record IncomingMessage(
        String deliveryId,
        String teamId,
        String channel,
        String ts,
        String threadTs,
        boolean direct,
        String question,
        LocalDate asOf) {

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

    /**
     * The thread the answer goes in: the message's thread; else, in a channel, a new one under the message, and in a
     * direct message none (the answer follows in the conversation itself).
     */
    String replyThread() {
        return threadTs != null || direct ? threadTs : ts;
    }

    /** The conversation whose earlier answers a follow-up leans on: the reply's thread, or the direct message. */
    SlackAnswers.Place place() {
        String thread = replyThread();
        return new SlackAnswers.Place(teamId, channel, thread == null ? "" : thread);
    }
}
