package io.newsdesk.slack;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The two request URLs of the Slack app. A request's headers are judged before its body is read
 * ({@link SlackRequestFilter}); the body is read up to {@code newsdesk.slack.max-body-size} and its
 * signature checked before anything parses it. The reply is an immediate acknowledgement, and
 * answering happens afterwards on the answer queue.
 */
@Path("/slack")
@Tag(name = "Slack", description = "The Slack app's request URLs; every request must carry Slack's signature")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "413", ref = "PayloadTooLarge")
@APIResponse(responseCode = "429", ref = "TooManyRequests")
@APIResponse(responseCode = "503", ref = "ServiceUnavailable")
public class SlackResource {

    private final SlackSignatureVerifier verifier;
    private final SlackEventHandler events;
    private final SlackCommandHandler commands;
    private final SlackConfig config;

    SlackResource(
            SlackSignatureVerifier verifier,
            SlackEventHandler events,
            SlackCommandHandler commands,
            SlackConfig config) {
        this.verifier = verifier;
        this.events = events;
        this.commands = commands;
        this.config = config;
    }

    /** Events API: the URL check, mentions and direct messages. */
    @POST
    @Path("events")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Slack Events API",
            description = "The URL check, mentions and direct messages,"
                    + " acknowledged at once and answered in the thread afterwards.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @Schema(
                                            type = SchemaType.OBJECT,
                                            description = "A Slack event callback or url_verification")))
    @APIResponse(responseCode = "200", description = "Acknowledged (with the challenge for a URL check)")
    public Response event(
            @HeaderParam(SlackRequestFilter.TIMESTAMP) String timestamp,
            @HeaderParam(SlackRequestFilter.SIGNATURE) String signature,
            @HeaderParam("X-Slack-Retry-Num") String retryNum,
            InputStream stream) {
        byte[] body = read(stream);
        Instant sent = verifier.verify(timestamp, signature, body);
        return events.handle(body, retryNum, sent)
                .map(challenge -> Response.ok(challenge).build())
                .orElseGet(() -> Response.ok().build());
    }

    /** Slash command {@code /ask <question>} (form-encoded). */
    @POST
    @Path("commands")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Slack slash command /ask",
            description = "Acknowledged at once; the answer goes to the" + " command's response_url.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_FORM_URLENCODED,
                            schema =
                                    @Schema(
                                            type = SchemaType.OBJECT,
                                            description = "Slack's slash-command form fields")))
    @APIResponse(responseCode = "200", description = "Acknowledged")
    public Map<String, String> command(
            @HeaderParam(SlackRequestFilter.TIMESTAMP) String timestamp,
            @HeaderParam(SlackRequestFilter.SIGNATURE) String signature,
            InputStream stream) {
        byte[] body = read(stream);
        Instant sent = verifier.verify(timestamp, signature, body);
        return commands.handle(body, sent);
    }

    /** The body, read no further than one byte past the limit, so an endless chunked upload is refused early. */
    private byte[] read(InputStream stream) {
        int limit = (int) Math.min(config.maxBodySize().asLongValue(), Integer.MAX_VALUE - 1);
        try {
            byte[] body = stream.readNBytes(limit + 1);
            if (body.length > limit) {
                throw SlackRequestRejectedException.tooLarge(limit);
            }
            return body;
        } catch (IOException e) {
            throw SlackRequestRejectedException.badRequest("the body could not be read to its end; send it again");
        }
    }
}
