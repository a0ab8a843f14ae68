package io.newsdesk.slack;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * The two request URLs of the Slack app. Each request's signature is checked before its body is
 * read; the reply is an immediate acknowledgement, and answering happens afterwards on the answer
 * queue.
 */
@Path("/slack")
public class SlackResource {

    private final SlackSignatureVerifier verifier;
    private final SlackEventHandler events;
    private final SlackCommandHandler commands;

    SlackResource(SlackSignatureVerifier verifier, SlackEventHandler events, SlackCommandHandler commands) {
        this.verifier = verifier;
        this.events = events;
        this.commands = commands;
    }

    /** Events API: the URL check, mentions and direct messages. */
    @POST
    @Path("events")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response event(@HeaderParam("X-Slack-Request-Timestamp") String timestamp,
            @HeaderParam("X-Slack-Signature") String signature, @HeaderParam("X-Slack-Retry-Num") String retryNum,
            byte[] body) {
        verifier.verify(timestamp, signature, body);
        return events.handle(body, retryNum).map(challenge -> Response.ok(challenge).build())
                .orElseGet(() -> Response.ok().build());
    }

    /** Slash command {@code /ask <question>} (form-encoded). */
    @POST
    @Path("commands")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> command(@HeaderParam("X-Slack-Request-Timestamp") String timestamp,
            @HeaderParam("X-Slack-Signature") String signature, byte[] body) {
        verifier.verify(timestamp, signature, body);
        return commands.handle(body);
    }
}
