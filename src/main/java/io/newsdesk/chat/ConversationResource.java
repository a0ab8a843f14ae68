package io.newsdesk.chat;

import com.fasterxml.jackson.databind.ObjectMapper;
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

/** Conversations: start one, ask in context (JSON or a stream of events), read the history. */
@Path("/api/v1/conversations")
public class ConversationResource {

    private final Conversations conversations;
    private final ConversationTurns turns;
    private final ChatRequests requests;
    private final ObjectMapper mapper;

    ConversationResource(Conversations conversations, ConversationTurns turns, ChatRequests requests,
            ObjectMapper mapper) {
        this.conversations = conversations;
        this.turns = turns;
        this.requests = requests;
        this.mapper = mapper;
    }

    /** Starts a conversation: 201 with its id and Location. */
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response start() {
        ConversationViews.Created created = conversations.start();
        return Response.created(URI.create(created.location())).entity(created).build();
    }

    /** The conversation's turns as they were shown. */
    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public ConversationViews.Conversation history(@PathParam("id") String id) {
        return conversations.history(id);
    }

    /** Asks in context; the turn with the rewritten question and the answer. */
    @POST
    @Path("{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ConversationViews.Turn ask(@PathParam("id") String id, byte[] body) {
        return turns.ask(id, requests.message(body), AnswerEvents.NONE);
    }

    /** Asks in context, answering as Server-Sent Events: question, citations, token..., answer or error. */
    @POST
    @Path("{id}/messages/stream")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    public Multi<OutboundSseEvent> askStreaming(@PathParam("id") String id, byte[] body, @Context Sse sse) {
        conversations.require(id);
        String question = requests.message(body);
        return EventStream.of(sse, mapper, events -> {
            ConversationViews.Turn turn = turns.ask(id, question, events);
            events.answer(turn.answer(), turn.answer().path("answer").asText());
        });
    }
}
