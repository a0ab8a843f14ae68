package io.newsdesk.retrieval;

import io.newsdesk.store.SearchFilter;
import java.util.List;
import java.util.Objects;

/**
 * What to retrieve: the question, its focus terms (lower case), the answer's shape, a filter, how many
 * sentences, when it is asked and what is recent then (null: no recency prior) and what it says about time.
 */
public record RetrievalQuery(
        String question,
        List<String> focusTerms,
        AnswerShape shape,
        SearchFilter filter,
        int limit,
        Recency recency,
        TimeCues cues) {

    public RetrievalQuery {
        Objects.requireNonNull(question, "question");
        focusTerms = List.copyOf(focusTerms);
        shape = shape == null ? AnswerShape.ANY : shape;
        filter = filter == null ? SearchFilter.NONE : filter;
        cues = cues == null ? new TimeCues(null, false) : cues;
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }
}
