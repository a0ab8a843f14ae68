package io.newsdesk.store;

import java.util.Objects;

/** A sentence ready to store: its place in the article text and its vector. */
public record NewSentence(int ordinal, int charStart, int charEnd, String text, float[] embedding) {

    public NewSentence {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(embedding, "embedding");
        if (ordinal < 0 || charStart < 0 || charEnd - charStart != text.length() || text.isEmpty()) {
            throw new IllegalArgumentException("sentence " + ordinal + " has inconsistent offsets");
        }
    }
}
