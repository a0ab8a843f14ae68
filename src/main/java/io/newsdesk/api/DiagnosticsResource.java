package io.newsdesk.api;

import io.newsdesk.answer.AnswerService;
import io.newsdesk.answer.QuestionRequest;
import io.newsdesk.answer.RankingDiagnostics;
import io.newsdesk.answer.ReaderDiagnostics;
import io.newsdesk.answer.confidence.ConfidenceFeatures;
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

/**
 * Looks inside the answering of one question: the confidence features, the ranked candidate
 * sentences and the reader's candidate answers, which the training and evaluation tools fit the
 * models on. Needs an {@code admin} key (access {@code Route.DIAGNOSE}); the work is that of
 * answering, so it passes the same admission gate and question body limit.
 */
@Path("/api/v1/ask")
@Tag(name = "Diagnostics", description = "What the answering of a question is made of (admin keys only)")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "413", ref = "PayloadTooLarge")
@APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
@APIResponse(responseCode = "429", ref = "TooManyRequests")
public class DiagnosticsResource {

    private final AnswerService features;
    private final RequestBodies bodies;

    DiagnosticsResource(AnswerService features, RequestBodies bodies) {
        this.features = features;
        this.bodies = bodies;
    }

    /**
     * The evidence features behind the confidence the answer would have (diagnostics; `make eval`
     * fits the calibration on them).
     */
    @POST
    @Path("features")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Evidence features of a question (diagnostics)",
            description = "The features behind the"
                    + " confidence the answer would have; `make eval` fits the calibration on them.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = QuestionRequest.class)))
    @APIResponse(
            responseCode = "200",
            description = "The features",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ConfidenceFeatures.class)))
    public ConfidenceFeatures features(byte[] body) {
        return features.features(bodies.question(body));
    }

    /**
     * Every candidate sentence retrieval found with its ranking features (diagnostics;
     * `scripts/tool.sh RankerTraining` fits the ranking weights on them).
     */
    @POST
    @Path("candidates")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Ranked candidate sentences of a question (diagnostics)",
            description = "Every sentence"
                    + " retrieval found, best first, with its ranking feature values; `RankerTraining` learns the ranker's"
                    + " weights from them.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = QuestionRequest.class)))
    @APIResponse(
            responseCode = "200",
            description = "The candidates",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RankingDiagnostics.class)))
    public RankingDiagnostics candidates(byte[] body) {
        return features.ranking(bodies.question(body));
    }

    /**
     * The reader's candidate answers with their features (diagnostics; `scripts/tool.sh ReaderTraining`
     * fits the reader's weights on them).
     */
    @POST
    @Path("readings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Candidate answers of a question (diagnostics)",
            description =
                    "The reader's candidate"
                            + " answers, best first, with their feature values; `ReaderTraining` learns the reader's weights from them.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = QuestionRequest.class)))
    @APIResponse(
            responseCode = "200",
            description = "The candidate answers",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReaderDiagnostics.class)))
    public ReaderDiagnostics readings(byte[] body) {
        return features.reading(bodies.question(body));
    }
}
