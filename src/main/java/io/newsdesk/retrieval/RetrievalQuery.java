package io.newsdesk.retrieval;

import io.newsdesk.store.SearchFilter;
import java.util.List;
import java.util.Objects;

/** What to retrieve: the question, its focus terms (lower case), the answer's shape, a filter and how many sentences. */
public record RetrievalQuery(String question, List<String> focusTerms, AnswerShape shape, SearchFilter filter,
        int limit) {

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
