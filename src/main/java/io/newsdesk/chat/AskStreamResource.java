package io.newsdesk.chat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.answer.Answer;
import io.newsdesk.answer.AnswerPipeline;
import io.newsdesk.answer.AskMetrics;
import io.newsdesk.answer.Evidence;
import io.newsdesk.answer.Question;
import io.newsdesk.answer.QuestionRequest;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One question answered as Server-Sent Events: citations, token..., answer (as /api/v1/ask) or error. */
@Path("/api/v1/ask/stream")
@Tag(name = "Questions")
public class AskStreamResource {

    private final AnswerPipeline answers;
    private final ChatRequests requests;
    private final ObjectMapper mapper;
    private final AskMetrics metrics;
    private final ChatConfig config;

    AskStreamResource(
            AnswerPipeline answers, ChatRequests requests, ObjectMapper mapper, AskMetrics metrics, ChatConfig config) {
        this.answers = answers;
        this.requests = requests;
        this.mapper = mapper;
        this.metrics = metrics;
        this.config = config;
    }

    /** Same body as POST /api/v1/ask; a body that cannot be read is refused with 400 before the stream opens. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    @Operation(
            summary = "Ask a question, answered as Server-Sent Events",
            description = "Events: `citations`,"
                    + " `token`..., then `answer` (the JSON of POST /api/v1/ask) or `error` (a problem+json object)."
                    + " Each event has an `id:`; a quiet stream sends `: heartbeat` comments.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = QuestionRequest.class)))
    @APIResponse(
            responseCode = "200",
            description = "The event stream",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public Multi<OutboundSseEvent> ask(byte[] body, @Context Sse sse) {
        Question question = requests.question(body);
        return EventStream.of(sse, mapper, config.heartbeatInterval(), events -> {
            Answer answer = metrics.time(AskMetrics.Endpoint.stream, () -> {
                Evidence evidence = answers.retrieve(question);
                events.sources(evidence.sources());
                return answers.answer(evidence, events::token);
            });
            events.answer(answer, answer.answer());
        });
    }
}
