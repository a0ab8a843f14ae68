package io.newsdesk.retrieval;

import io.newsdesk.store.SearchFilter;
import java.util.List;
import java.util.Objects;

/**
 * What to retrieve: the question, its focus terms (lower case), the answer's shape, a filter, how many
 * sentences and, when the question says the day it is asked on, what is recent then (null otherwise).
 */
public record RetrievalQuery(
        String question, List<String> focusTerms, AnswerShape shape, SearchFilter filter, int limit, Recency recency) {

    public RetrievalQuery {
        Objects.requireNonNull(question, "question");
        focusTerms = List.copyOf(focusTerms);
        shape = shape == null ? AnswerShape.ANY : shape;
        filter = filter == null ? SearchFilter.NONE : filter;
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }
}
