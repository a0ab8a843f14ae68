package io.newsdesk.api;

import io.newsdesk.answer.Answer;
import io.newsdesk.answer.AnswerPipeline;
import io.newsdesk.answer.AnswerService;
import io.newsdesk.answer.ConfidenceFeatures;
import io.newsdesk.answer.InvalidQuestionException;
import io.newsdesk.answer.Question;
import io.newsdesk.store.SearchFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/** Answers one question with the sentences that support it. */
@Path("/api/v1/ask")
public class AskResource {

    private final AnswerPipeline answers;
    private final AnswerService features;
    private final RequestBodies bodies;

    AskResource(AnswerPipeline answers, AnswerService features, RequestBodies bodies) {
        this.answers = answers;
        this.features = features;
        this.bodies = bodies;
    }

    /** A short answer with citations, or `not_found` with related sentences. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Answer ask(byte[] body) {
        AskRequest request = bodies.json(bodies.text(body), AskRequest.class);
        return answers.answer(question(request));
    }

    /**
     * The evidence features behind the confidence the answer would have (diagnostics; `make eval`
     * fits the calibration on them).
     */
    @POST
    @Path("features")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ConfidenceFeatures features(byte[] body) {
        AskRequest request = bodies.json(bodies.text(body), AskRequest.class);
        return features.features(question(request));
    }

    static Question question(AskRequest request) {
        if (request.question() == null) {
            throw new InvalidQuestionException("question", "question is missing: send {\"question\": \"...\"}");
        }
        int max = request.maxCitations() == null ? 0 : request.maxCitations();
        if (request.maxCitations() != null && max < 1) {
            throw new InvalidQuestionException("max_citations", "max_citations must be between 1 and 10");
        }
        return new Question(request.question(), filter(request.filters()), max, request.minConfidence());
    }

    private static SearchFilter filter(AskRequest.Filters filters) {
        if (filters == null) {
            return SearchFilter.NONE;
        }
        return new SearchFilter(filters.sources(), date("filters.from", filters.from()),
                date("filters.to", filters.to()), ids("filters.article_ids", filters.articleIds()),
                ids("filters.exclude_article_ids", filters.excludeArticleIds()));
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidQuestionException(field, field + " \"" + value + "\" is not a date: use 2017-01-01");
        }
    }

    private static List<UUID> ids(String field, List<String> values) {
        if (values == null) {
            return List.of();
        }
        try {
            return values.stream().map(UUID::fromString).toList();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidQuestionException(field, field + " must hold article ids such as"
                    + " 3f2b8c1e-6a0d-4c5e-9b7a-2d1f0e9c8b7a");
        }
    }
}
