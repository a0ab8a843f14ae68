package io.newsdesk.store;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A stored sentence with what re-ranking and citing need: its article's metadata, its neighbours
 * and the cosine similarity to the question of its own vector and of its context vector.
 */
public record SentenceInContext(
        long sentenceId,
        UUID articleId,
        int ordinal,
        int charStart,
        int charEnd,
        String text,
        String title,
        String source,
        String url,
        LocalDate publishedAt,
        String previous2,
        String previous,
        String next,
        double similarity,
        double contextSimilarity) {}
