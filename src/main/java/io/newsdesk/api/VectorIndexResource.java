package io.newsdesk.api;

import io.newsdesk.store.VectorIndex;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The vector index around a bulk load (admin keys only): defer it before loading a large archive, build it
 * once after; {@code scripts/tool.sh BulkLoad … --defer-index} does both.
 */
@Path("/api/v1/admin/vector-index")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration", description = "Operating the archive (admin keys only)")
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

    private final VectorIndex index;

    VectorIndexResource(VectorIndex index) {
        this.index = index;
    }

    /** Whether questions use the index, and how far a build has got. */
    @GET
    @Operation(summary = "The vector index's state: built, building (with progress 0-1) or deferred")
    public IndexStatus status() {
        return IndexStatus.of(index.status());
    }

    /** Drops the index so that a bulk load inserts without it; questions scan every vector meanwhile. */
    @POST
    @Path("defer")
    @Operation(summary = "Defer the vector index before a bulk load (questions scan every vector until it is built)")
    @APIResponse(responseCode = "200", description = "Deferred")
    @APIResponse(responseCode = "409", description = "A build is running")
    public IndexStatus defer() {
        try {
            return IndexStatus.of(index.defer());
        } catch (IllegalStateException e) {
            throw new ClientErrorException(e.getMessage(), Response.Status.CONFLICT);
        }
    }

    /** Starts the build in the background; poll the state until {@code built}. Ingestion waits meanwhile. */
    @POST
    @Path("build")
    @Operation(summary = "Build the vector index in the background (ingestion waits until it is built)")
    @APIResponse(responseCode = "202", description = "Building, or already built")
    public Response build() {
        return Response.accepted(IndexStatus.of(index.build())).build();
    }
}
