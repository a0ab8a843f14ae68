package io.newsdesk.answer;

import io.newsdesk.answer.question.QuestionText;
import io.newsdesk.store.SearchFilter;
import io.newsdesk.util.IsoDates;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The body of a question as clients send it (POST /api/v1/ask and its stream), before validation;
 * {@link #toQuestion()} checks it and says what is wrong in an {@link InvalidQuestionException}.
 */
public record QuestionRequest(
        String question, Filters filters, Integer maxCitations, Double minConfidence, Double minEvidence, String asOf) {

    /** Optional restrictions; dates are ISO (2017-01-01), ids are article ids. */
    public record Filters(
            List<String> sources, String from, String to, List<String> articleIds, List<String> excludeArticleIds) {}

    /** The validated question. */
    public Question toQuestion() {
        if (question == null) {
            throw new InvalidQuestionException("question", "question is missing: send {\"question\": \"...\"}");
        }
        if (maxCitations != null && (maxCitations < 1 || maxCitations > 10)) {
            throw new InvalidQuestionException("max_citations", "max_citations must be between 1 and 10");
        }
        return new Question(
                QuestionText.clean(question),
                filter(),
                maxCitations == null ? 0 : maxCitations,
                minConfidence,
                minEvidence,
                date("as_of", asOf));
    }

    private SearchFilter filter() {
        if (filters == null) {
            return SearchFilter.NONE;
        }
        return new SearchFilter(
                sources(filters.sources()),
                date("filters.from", filters.from()),
                date("filters.to", filters.to()),
                ids("filters.article_ids", filters.articleIds()),
                ids("filters.exclude_article_ids", filters.excludeArticleIds()));
    }

    private static List<String> sources(List<String> sources) {
        if (sources != null && sources.stream().anyMatch(source -> source == null)) {
            throw new InvalidQuestionException(
                    "filters.sources", "filters.sources must hold source names such as" + " \"bbc\", not null");
        }
        return sources;
    }

    private static LocalDate date(String field, String value) {
        try {
            return IsoDates.date(value);
        } catch (IsoDates.UnreadableDateException e) {
            throw new InvalidQuestionException(field, field + " " + e.getMessage());
        }
    }

    private static List<UUID> ids(String field, List<String> values) {
        try {
            return values == null
                    ? List.of()
                    : values.stream().map(UUID::fromString).toList();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidQuestionException(
                    field, field + " must hold article ids such as" + " 3f2b8c1e-6a0d-4c5e-9b7a-2d1f0e9c8b7a");
        }
    }
}
