package io.newsdesk.slack;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/** The Block Kit blocks newsdesk sends: sections of mrkdwn text and small-print context lines. */
sealed interface Block {

    /** A mrkdwn text object. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Text(String type, String text) {

        public Text {
            Objects.requireNonNull(text, "text");
        }

        static Text mrkdwn(String text) {
            return new Text("mrkdwn", text);
        }
    }

    /** A section: one text of at most {@link BlockKitFormatter#SECTION_LIMIT} characters. */
    record Section(String type, Text text) implements Block {

        Section(String mrkdwn) {
            this("section", Text.mrkdwn(mrkdwn));
        }

        public Section {
            if (text.text().length() > BlockKitFormatter.SECTION_LIMIT) {
                throw new IllegalArgumentException("section text over " + BlockKitFormatter.SECTION_LIMIT);
            }
        }
    }

    /** A context block: small print under a section. */
    record Context(String type, List<Text> elements) implements Block {

        Context(String mrkdwn) {
            this("context", List.of(Text.mrkdwn(mrkdwn)));
        }

        public Context {
            elements = List.copyOf(elements);
        }
    }
}
