package io.newsdesk.chat;

import io.newsdesk.feedback.Feedback;
import io.newsdesk.feedback.FeedbackRecord;
import io.newsdesk.feedback.FeedbackSubject;
import io.newsdesk.feedback.Rating;
import io.newsdesk.store.StoredTurn;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Readers' verdicts on a conversation's answers (the widget's thumbs): helpful or wrong, with a comment. */
@Path("/api/v1/feedback")
@Tag(name = "Conversations", description = "Questions in context: follow-ups lean on the previous turn")
@APIResponse(responseCode = "429", ref = "TooManyRequests")
public class FeedbackResource {

    private final Conversations conversations;
    private final ChatRequests requests;
    private final Feedback feedback;

    FeedbackResource(Conversations conversations, ChatRequests requests, Feedback feedback) {
        this.conversations = conversations;
        this.requests = requests;
        this.feedback = feedback;
    }

    /** Stores a verdict on one turn's answer: 201, or 200 when it replaces the reader's earlier verdict. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Say whether an answer was helpful or wrong",
            description = "The verdict is stored with the question, the answer as shown, its citations, mode and"
                    + " date; a second verdict on the same turn replaces the first. Answers marked helpful can be"
                    + " exported as evaluation questions (GET /api/v1/admin/feedback/questions.jsonl).")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ChatRequests.FeedbackBody.class)))
    @APIResponse(
            responseCode = "201",
            description = "Stored",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ConversationViews.Verdict.class)))
    @APIResponse(responseCode = "200", description = "Replaced the earlier verdict on this answer")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response rate(byte[] body) {
        ChatRequests.FeedbackBody verdict = requests.feedback(body);
        StoredTurn turn = conversations.turn(verdict.conversationId(), verdict.turn());
        FeedbackRecord stored = feedback.record(
                new FeedbackSubject(
                        FeedbackSubject.Channel.conversation,
                        verdict.conversationId() + ":" + turn.ordinal(),
                        turn.question(),
                        turn.rewrittenQuestion(),
                        turn.answerJson(),
                        conversations.json(turn.answerJson()).path("mode").asText(null),
                        turn.asOf()),
                Rating.valueOf(verdict.rating()),
                verdict.comment());
        ConversationViews.Verdict view = new ConversationViews.Verdict(
                stored.id(),
                UUID.fromString(verdict.conversationId()),
                turn.ordinal(),
                stored.rating().name(),
                stored.comment());
        return Response.status(stored.replaced() ? Response.Status.OK : Response.Status.CREATED)
                .entity(view)
                .build();
    }
}
