package io.newsdesk.api;

import io.newsdesk.answer.Answer;
import io.newsdesk.answer.AnswerPipeline;
import io.newsdesk.answer.AskMetrics;
import io.newsdesk.answer.Question;
import io.newsdesk.answer.QuestionRequest;
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
    private final RequestBodies bodies;
    private final AskMetrics metrics;

    AskResource(AnswerPipeline answers, RequestBodies bodies, AskMetrics metrics) {
        this.answers = answers;
        this.bodies = bodies;
        this.metrics = metrics;
    }

    /** A short answer with citations, or `not_found` with related sentences. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Ask a question",
            description = "A short answer with the sentences that support it, or"
                    + " `not_found` with the closest sentences when the evidence is too weak.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = QuestionRequest.class)))
    @APIResponse(
            responseCode = "200",
            description = "The answer (status `answered` or `not_found`)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Answer.class)))
    public Answer ask(byte[] body) {
        Question question = bodies.question(body);
        return metrics.time(AskMetrics.Endpoint.ask, () -> answers.answer(question));
    }
}
