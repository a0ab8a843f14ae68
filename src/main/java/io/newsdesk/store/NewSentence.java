package io.newsdesk.store;

import java.util.Objects;

/**
 * A sentence ready to store: its place in the article text, its own vector and the vector of the
 * sentence in its context (title and previous sentence).
 */
public record NewSentence(
        int ordinal, int charStart, int charEnd, String text, float[] embedding, float[] contextEmbedding) {

    public NewSentence {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(embedding, "embedding");
        Objects.requireNonNull(contextEmbedding, "contextEmbedding");
        if (ordinal < 0 || charStart < 0 || charEnd - charStart != text.length() || text.isEmpty()) {
            throw new IllegalArgumentException("sentence " + ordinal + " has inconsistent offsets");
        }
    }
}
