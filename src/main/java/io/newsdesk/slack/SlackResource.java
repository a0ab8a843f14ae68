package io.newsdesk.slack;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The three request URLs of the Slack app (events, the slash command, interactivity). A request's headers are judged before its body is read
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
    private final SlackInteractionHandler interactions;

    SlackResource(
            SlackSignatureVerifier verifier,
            SlackEventHandler events,
            SlackCommandHandler commands,
            SlackInteractionHandler interactions) {
        this.verifier = verifier;
        this.events = events;
        this.commands = commands;
        this.interactions = interactions;
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
        SlackSignatureVerifier.Verified request = verifier.verify(timestamp, signature, stream);
        return events.handle(request.body(), retryNum, request.sent())
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
        SlackSignatureVerifier.Verified request = verifier.verify(timestamp, signature, stream);
        return commands.handle(request.body(), request.sent());
    }

    /** Interactivity: clicks on the buttons under an answer (form-encoded, with a JSON {@code payload}). */
    @POST
    @Path("interactions")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Slack interactivity",
            description = "Clicks on an answer's buttons (Share in channel, Helpful, Wrong), acknowledged at once"
                    + " and acted on afterwards through the click's response_url.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_FORM_URLENCODED,
                            schema =
                                    @Schema(
                                            type = SchemaType.OBJECT,
                                            description = "Slack's interaction form: payload, a JSON object")))
    @APIResponse(responseCode = "200", description = "Acknowledged")
    public Response interaction(
            @HeaderParam(SlackRequestFilter.TIMESTAMP) String timestamp,
            @HeaderParam(SlackRequestFilter.SIGNATURE) String signature,
            InputStream stream) {
        interactions.handle(verifier.verify(timestamp, signature, stream).body());
        return Response.ok().build();
    }
}
