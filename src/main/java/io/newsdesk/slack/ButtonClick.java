package io.newsdesk.slack;

import java.net.URI;
import java.util.Objects;

/**
 * A click on one of the buttons under an answer, as Slack sent it.
 *
 * @param deliveryId {@code action:} and Slack's trigger id, which makes the click's effect exactly-once
 * @param userId     who clicked, or null when Slack did not say
 * @param action     the button's action id ({@link BlockKitFormatter#SHARE}, {@code HELPFUL}, {@code WRONG})
 * @param answerId   the stored answer the button carries
 */
record ButtonClick(String deliveryId, String userId, String action, String answerId, URI responseUrl) {

    ButtonClick {
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(responseUrl, "responseUrl");
        answerId = answerId == null ? "" : answerId;
    }

    /** Slack's mention of the clicker. */
    String mention() {
        return Mrkdwn.mention(userId);
    }
}
