package io.newsdesk.answer;

import io.newsdesk.store.SearchFilter;
import java.util.Objects;

/**
 * A question with its filter, the most citations wanted (0 = the configured default) and an
 * optional confidence floor that overrides the configured abstention threshold (null = configured).
 */
public record Question(String text, SearchFilter filter, int maxCitations, Double minConfidence) {

    public Question {
        Objects.requireNonNull(text, "text");
        filter = filter == null ? SearchFilter.NONE : filter;
    }
}
