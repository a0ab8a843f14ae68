package io.newsdesk.api;

import io.newsdesk.answer.Answer;
import io.newsdesk.answer.AnswerPipeline;
import io.newsdesk.answer.AnswerService;
import io.newsdesk.answer.Question;
import io.newsdesk.answer.QuestionRequest;
import io.newsdesk.answer.RankingDiagnostics;
import io.newsdesk.answer.ReaderDiagnostics;
import io.newsdesk.answer.confidence.ConfidenceFeatures;
import io.newsdesk.telemetry.AskMetrics;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Answers one question with the sentences that support it. */
@Path("/api/v1/ask")
@Tag(name = "Questions", description = "Ask the archive; answers cite the exact supporting sentences")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "413", ref = "PayloadTooLarge")
@APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
@APIResponse(responseCode = "429", ref = "TooManyRequests")
public class AskResource {

    private final AnswerPipeline answers;
    private final AnswerService features;
    private final RequestBodies bodies;
    private final AskMetrics metrics;

    AskResource(AnswerPipeline answers, AnswerService features, RequestBodies bodies, AskMetrics metrics) {
        this.answers = answers;
        this.features = features;
        this.bodies = bodies;
        this.metrics = metrics;
    }

    /** A short answer with citations, or `not_found` with related sentences. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask a question", description = "A short answer with the sentences that support it, or"
            + " `not_found` with the closest sentences when the evidence is too weak.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = QuestionRequest.class)))
    @APIResponse(responseCode = "200", description = "The answer (status `answered` or `not_found`)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Answer.class)))
    public Answer ask(byte[] body) {
        Question question = question(body);
        return metrics.time(AskMetrics.Endpoint.ask, () -> answers.answer(question));
    }

    /**
     * The evidence features behind the confidence the answer would have (diagnostics; `make eval`
     * fits the calibration on them).
     */
    @POST
    @Path("features")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Evidence features of a question (diagnostics)", description = "The features behind the"
            + " confidence the answer would have; `make eval` fits the calibration on them.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = QuestionRequest.class)))
    @APIResponse(responseCode = "200", description = "The features", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConfidenceFeatures.class)))
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
    @Operation(summary = "Ranked candidate sentences of a question (diagnostics)", description = "Every sentence"
            + " retrieval found, best first, with its ranking feature values; `RankerTraining` learns the ranker's"
            + " weights from them.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = QuestionRequest.class)))
    @APIResponse(responseCode = "200", description = "The candidates", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RankingDiagnostics.class)))
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
    @Operation(summary = "Candidate answers of a question (diagnostics)", description = "The reader's candidate"
            + " answers, best first, with their feature values; `ReaderTraining` learns the reader's weights from them.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = QuestionRequest.class)))
    @APIResponse(responseCode = "200", description = "The candidate answers", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReaderDiagnostics.class)))
    public ReaderDiagnostics readings(byte[] body) {
        return features.reading(question(body));
    }

    private Question question(byte[] body) {
        return bodies.json(bodies.text(body), QuestionRequest.class).toQuestion();
    }
}
