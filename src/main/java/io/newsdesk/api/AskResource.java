package io.newsdesk.api;

import io.newsdesk.answer.Answer;
import io.newsdesk.answer.AnswerPipeline;
import io.newsdesk.answer.AnswerService;
import io.newsdesk.answer.ConfidenceFeatures;
import io.newsdesk.answer.Question;
import io.newsdesk.answer.QuestionRequest;
import io.newsdesk.answer.RankingDiagnostics;
import io.newsdesk.answer.ReaderDiagnostics;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

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
        return answers.answer(question(body));
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
        return features.features(question(body));
    }

    /**
     * Every candidate sentence retrieval found with its ranking features (diagnostics;
     * `scripts/tool.sh RankerTraining` fits the ranking weights on them).
     */
    @POST
    @Path("candidates")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public RankingDiagnostics candidates(byte[] body) {
        return features.ranking(question(body));
    }

    /**
     * The reader's candidate answers with their features (diagnostics; `scripts/tool.sh ReaderTraining`
     * fits the reader's weights on them).
     */
    @POST
    @Path("readings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ReaderDiagnostics readings(byte[] body) {
        return features.reading(question(body));
    }

    private Question question(byte[] body) {
        return bodies.json(bodies.text(body), QuestionRequest.class).toQuestion();
    }
}
