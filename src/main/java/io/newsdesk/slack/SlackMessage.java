package io.newsdesk.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Objects;

/**
 * A message for Slack: the plain-text fallback (notifications, screen readers) and the blocks shown, in the SDK's
 * Block Kit model.
 */
record SlackMessage(String text, List<LayoutBlock> blocks) {

    SlackMessage {
        Objects.requireNonNull(text, "text");
        blocks = List.copyOf(blocks);
        if (blocks.size() > BlockKitFormatter.BLOCK_LIMIT) {
            throw new IllegalArgumentException("more than " + BlockKitFormatter.BLOCK_LIMIT + " blocks");
        }
    }
}
