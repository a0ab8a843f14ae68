package io.newsdesk.api;

import io.newsdesk.store.VectorIndex;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The vector index around a bulk load (admin keys only): deferred before loading a large archive, built
 * once after; {@code scripts/tool.sh BulkLoad … --defer-index} does both.
 */
@Path("/api/v1/admin/vector-index")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration", description = "Operating the archive (admin keys only)")
@APIResponse(responseCode = "400", ref = "BadRequest")
public class VectorIndexResource {

    /** The index's state as the API shows it: {@code built}, {@code building} or {@code deferred}. */
    public record IndexStatus(String state, Double progress, String lastError) {

        static IndexStatus of(VectorIndex.Status status) {
            return new IndexStatus(
                    status.state().name().toLowerCase(),
                    status.progress().isPresent() ? status.progress().getAsDouble() : null,
                    status.lastError().isEmpty() ? null : status.lastError());
        }
    }

    /** The state asked for: {@code deferred} (drop the index) or {@code built} (build it in the background). */
    public record IndexChange(
            @Schema(
                    enumeration = {"deferred", "built"},
                    required = true)
            String state) {}

    private final VectorIndex index;
    private final RequestBodies bodies;

    VectorIndexResource(VectorIndex index, RequestBodies bodies) {
        this.index = index;
        this.bodies = bodies;
    }

    /** Whether questions use the index, and how far a build has got. */
    @GET
    @Operation(summary = "The vector index's state: built, building (with progress 0-1) or deferred")
    public IndexStatus status() {
        return IndexStatus.of(index.status());
    }

    /**
     * {@code deferred}: drops the index so that a bulk load inserts without it (questions scan every vector
     * meanwhile). {@code built}: starts the build in the background (ingestion waits meanwhile); poll the state.
     */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Defer the vector index before a bulk load, or build it after one",
            description = "`deferred` drops the index (questions scan every vector until it is built); `built`"
                    + " starts the build in the background and answers 202 while it runs (ingestion waits).")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = IndexChange.class)))
    @APIResponse(responseCode = "200", description = "Deferred, or already built")
    @APIResponse(responseCode = "202", description = "Building")
    @APIResponse(responseCode = "409", description = "A build is running")
    public Response change(byte[] body) {
        String state = bodies.json(bodies.text(body), IndexChange.class).state();
        if ("deferred".equals(state)) {
            try {
                return Response.ok(IndexStatus.of(index.defer())).build();
            } catch (IllegalStateException e) {
                throw new ClientErrorException(e.getMessage(), Response.Status.CONFLICT);
            }
        }
        if ("built".equals(state)) {
            VectorIndex.Status status = index.build();
            return Response.status(status.state() == VectorIndex.State.BUILT ? 200 : 202)
                    .entity(IndexStatus.of(status))
                    .build();
        }
        throw new InvalidRequestException("state", "state must be \"deferred\" or \"built\"");
    }
}
