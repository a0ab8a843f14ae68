package io.newsdesk.chat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.answer.Question;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Conversations: start one, ask in context (JSON or a stream of events), read the history. */
@Path("/api/v1/conversations")
@Tag(name = "Conversations", description = "Questions in context: follow-ups lean on the previous turn")
@APIResponse(responseCode = "429", ref = "TooManyRequests")
public class ConversationResource {

    private final Conversations conversations;
    private final ConversationTurns turns;
    private final ChatRequests requests;
    private final ObjectMapper mapper;
    private final ChatConfig config;

    ConversationResource(
            Conversations conversations,
            ConversationTurns turns,
            ChatRequests requests,
            ObjectMapper mapper,
            ChatConfig config) {
        this.conversations = conversations;
        this.turns = turns;
        this.requests = requests;
        this.mapper = mapper;
        this.config = config;
    }

    /** Starts a conversation: 201 with its id and Location. */
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a conversation", description = "It expires after a period without questions.")
    @APIResponse(
            responseCode = "201",
            description = "Started",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ConversationViews.Created.class)))
    public Response start() {
        ConversationViews.Created created = conversations.start();
        return Response.created(URI.create(created.location())).entity(created).build();
    }

    /** The conversation's turns as they were shown. */
    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read a conversation", description = "Its turns, each exactly as it was shown.")
    @APIResponse(
            responseCode = "200",
            description = "The conversation",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ConversationViews.Conversation.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ConversationViews.Conversation history(@PathParam("id") String id) {
        return conversations.history(id);
    }

    /** Asks in context; the turn with the rewritten question and the answer. */
    @POST
    @Path("{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Ask in a conversation",
            description = "A follow-up is rewritten into a stand-alone"
                    + " question (`rewritten_question`) with the previous turn; it is answered as of `as_of` (an"
                    + " ISO date; without it, the service's UTC date at the turn); the turn is stored.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ChatRequests.MessageBody.class)))
    @APIResponse(
            responseCode = "200",
            description = "The turn with its answer",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ConversationViews.Turn.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public ConversationViews.Turn ask(@PathParam("id") String id, byte[] body) {
        return turns.ask(id, requests.message(body), AnswerEvents.NONE);
    }

    /** Asks in context, answering as Server-Sent Events: question, citations, token..., answer or error. */
    @POST
    @Path("{id}/messages/stream")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    @Operation(
            summary = "Ask in a conversation, answered as Server-Sent Events",
            description = "Same body as the JSON form. Events:"
                    + " `question`, `citations`, `token`..., then `answer` (with `turn`, the turn's index, for"
                    + " feedback) or `error` (a problem+json object). Each event has an `id:`; a quiet stream"
                    + " sends `: heartbeat` comments.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ChatRequests.MessageBody.class)))
    @APIResponse(
            responseCode = "200",
            description = "The event stream",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Multi<OutboundSseEvent> askStreaming(@PathParam("id") String id, byte[] body, @Context Sse sse) {
        conversations.require(id);
        Question question = requests.message(body);
        return EventStream.of(sse, mapper, config.heartbeatInterval(), events -> {
            ConversationViews.Turn turn = turns.ask(id, question, events);
            ObjectNode answer = turn.answer().deepCopy();
            answer.put("turn", turn.index());
            events.answer(answer, turn.answer().path("answer").asText());
        });
    }
}
