package io.newsdesk.answer.question;

import java.util.Objects;

/**
 * A sentence split into tokens with their character spans and Universal Dependencies POS tags.
 * Arrays are owned by this value and never modified after tagging.
 */
public record TaggedSentence(String text, String[] tokens, String[] tags, int[] starts, int[] ends) {

    public TaggedSentence {
        Objects.requireNonNull(text, "text");
        int n = tokens.length;
        if (tags.length != n || starts.length != n || ends.length != n) {
            throw new IllegalArgumentException("token arrays differ in length");
        }
    }

    public int size() {
        return tokens.length;
    }

    public String lower(int i) {
        return tokens[i].toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isProperNoun(int i) {
        return "PROPN".equals(tags[i]);
    }

    /** Text between the start of token {@code from} and the end of token {@code to - 1}. */
    String span(int from, int to) {
        return text.substring(starts[from], ends[to - 1]);
    }
}
