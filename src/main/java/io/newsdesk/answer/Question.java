package io.newsdesk.answer;

import io.newsdesk.store.SearchFilter;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A question with its filter, the most citations wanted (0 = the configured default) and optional
 * floors on confidence and on the evidence score that override the configured abstention thresholds
 * (null = configured), and the day it is asked on (null = today on the service's clock).
 */
public record Question(
        String text, SearchFilter filter, int maxCitations, Double minConfidence, Double minEvidence, LocalDate asOf) {

    public Question {
        Objects.requireNonNull(text, "text");
        filter = filter == null ? SearchFilter.NONE : filter;
    }

    /** A question with the configured evidence floor that does not say the day it is asked on. */
    public Question(String text, SearchFilter filter, int maxCitations, Double minConfidence) {
        this(text, filter, maxCitations, minConfidence, null, null);
    }

    /** A question with every setting configured, asked as of {@code asOf} (null: today). */
    public static Question asOf(String text, LocalDate asOf) {
        return new Question(text, null, 0, null, null, asOf);
    }
}
