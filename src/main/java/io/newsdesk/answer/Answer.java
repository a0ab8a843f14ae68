package io.newsdesk.answer;

import io.newsdesk.answer.citation.Citation;
import java.util.List;

/** The answer to a question: a short answer with citations, or an honest not-found with related sentences. */
public record Answer(
        Status status,
        String answer,
        double confidence,
        List<Citation> citations,
        List<Citation> related,
        String mode) {

    /** Whether the archive supports an answer. */
    public enum Status {
        answered,
        not_found
    }

    /** The plain sentence returned when nothing in the archive supports an answer. */
    public static final String NOT_FOUND_MESSAGE = "Nothing in the archive supports an answer to this question.";

    public Answer {
        citations = List.copyOf(citations);
        related = List.copyOf(related);
    }
}
