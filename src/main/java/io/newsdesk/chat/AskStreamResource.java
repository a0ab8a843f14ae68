package io.newsdesk.chat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.answer.Answer;
import io.newsdesk.answer.AnswerPipeline;
import io.newsdesk.answer.Evidence;
import io.newsdesk.answer.Question;
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

/** One question answered as Server-Sent Events: citations, token..., answer (as /api/v1/ask) or error. */
@Path("/api/v1/ask/stream")
public class AskStreamResource {

    private final AnswerPipeline answers;
    private final ChatRequests requests;
    private final ObjectMapper mapper;

    AskStreamResource(AnswerPipeline answers, ChatRequests requests, ObjectMapper mapper) {
        this.answers = answers;
        this.requests = requests;
        this.mapper = mapper;
    }

    /** Same body as POST /api/v1/ask; a body that cannot be read is refused with 400 before the stream opens. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    public Multi<OutboundSseEvent> ask(byte[] body, @Context Sse sse) {
        Question question = requests.question(body);
        return EventStream.of(sse, mapper, events -> {
            Evidence evidence = answers.retrieve(question);
            events.sources(evidence.sources());
            Answer answer = answers.answer(evidence, events::token);
            events.answer(answer, answer.answer());
        });
    }
}
