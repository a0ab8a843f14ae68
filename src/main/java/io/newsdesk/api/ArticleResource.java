package io.newsdesk.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.ingest.ArticleIngestor;
import io.newsdesk.ingest.ArticleTooLargeException;
import io.newsdesk.ingest.BatchItem;
import io.newsdesk.ingest.BatchLineException;
import io.newsdesk.ingest.IngestMetrics;
import io.newsdesk.ingest.InvalidArticleException;
import io.newsdesk.store.ArticleDetail;
import io.newsdesk.store.ArticleFilter;
import io.newsdesk.store.ArticleRepository;
import io.newsdesk.store.ArticleSummary;
import io.newsdesk.store.SaveOutcome;
import io.newsdesk.util.IsoDates;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Adds, lists, shows and deletes articles. */
@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "Add, list, read and delete the archive's articles")
public class ArticleResource {

    static final String NDJSON = "application/x-ndjson";
    private static final int MAX_PAGE = 100;
    private static final int MAX_OFFSET = 100_000_000;

    private final ArticleIngestor ingestor;
    private final ArticleRepository repository;
    private final RequestBodies bodies;
    private final ObjectMapper mapper;
    private final IngestMetrics metrics;

    ArticleResource(
            ArticleIngestor ingestor,
            ArticleRepository repository,
            RequestBodies bodies,
            ObjectMapper mapper,
            IngestMetrics metrics) {
        this.ingestor = ingestor;
        this.repository = repository;
        this.bodies = bodies;
        this.mapper = mapper;
        this.metrics = metrics;
    }

    static URI location(UUID id) {
        return URI.create("/api/v1/articles/" + id);
    }

    /** One article as JSON. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    // The three POST methods are one OpenAPI operation: it is described here, each adds its body type.
    @Operation(
            summary = "Add articles",
            description = "`application/json`: one article. `text/plain`: one"
                    + " article in the scraped layout (`Published:` line, `Section | By Author` line, title, body).\n"
                    + "`application/x-ndjson`: a batch, one article object per line; every line is validated first and"
                    + " if any is bad, 400 lists every bad line and nothing is stored.\n"
                    + "201 when an article was created; 200 when the same content was already stored (`unchanged`) or"
                    + " new text arrived under an existing `external_id` (`replaced`). A batch answers with its"
                    + " counts and one entry per line.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ArticleRequest.class)))
    @APIResponse(
            responseCode = "201",
            description = "Stored",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @Schema(
                                            oneOf = {ArticleResponses.Stored.class, ArticleResponses.BatchStored.class
                                            })))
    @APIResponse(
            responseCode = "200",
            description = "Nothing new: unchanged or replaced",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @Schema(
                                            oneOf = {ArticleResponses.Stored.class, ArticleResponses.BatchStored.class
                                            })))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public Response create(byte[] body) {
        return stored(countingRefusals(1, () -> ingestor.ingest(bodies.article(bodies.text(body)))));
    }

    /** One article in the scraped text layout (Published: line, Section | By Author line, title, body). */
    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @RequestBody(
            required = true,
            content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING)))
    public Response createFromText(
            byte[] body,
            @Parameter(description = "Source name to record") @QueryParam("source") String source,
            @Parameter(description = "Your id for the article; new text under it replaces the article")
                    @QueryParam("external_id")
                    String externalId) {
        return stored(countingRefusals(1, () -> ingestor.ingestScraped(bodies.text(body), source, externalId)));
    }

    /** A batch, one JSON article per line; all lines are validated before any is stored. */
    @POST
    @Consumes(NDJSON)
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = NDJSON,
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            description = "One article object (as for application/json) per line")))
    public Response createBatch(byte[] body) {
        List<BatchItem> items = countingRefusals(1, () -> bodies.batch(bodies.text(body)));
        List<SaveOutcome> outcomes = countingRefusals(items.size(), () -> ingestor.ingestAll(items));
        metrics.stored(outcomes);
        List<ArticleResponses.Stored> stored = java.util.stream.IntStream.range(0, outcomes.size())
                .mapToObj(i -> ArticleResponses.Stored.of(i + 1, outcomes.get(i)))
                .toList();
        int created = count(outcomes, SaveOutcome.Status.CREATED);
        ArticleResponses.BatchStored result = new ArticleResponses.BatchStored(
                created,
                count(outcomes, SaveOutcome.Status.UNCHANGED),
                count(outcomes, SaveOutcome.Status.REPLACED),
                stored);
        return Response.status(created > 0 ? Response.Status.CREATED : Response.Status.OK)
                .entity(result)
                .build();
    }

    /** Articles, newest first, optionally by source and publication-date range. */
    @GET
    @Operation(summary = "List articles", description = "Newest first; `next_offset` is null on the last page.")
    @APIResponse(
            responseCode = "200",
            description = "One page of articles",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ArticleResponses.Page.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public ArticleResponses.Page list(
            @QueryParam("source") String source,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @Parameter(
                            description = "Page size, 1 to 100",
                            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20"))
                    @QueryParam("limit")
                    @DefaultValue("20")
                    String limitParam,
            @Parameter(
                            description = "Articles to skip",
                            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0"))
                    @QueryParam("offset")
                    @DefaultValue("0")
                    String offsetParam) {
        int limit = whole("limit", limitParam, 1, MAX_PAGE);
        int offset = whole("offset", offsetParam, 0, MAX_OFFSET);
        List<ArticleSummary> page = repository.list(
                new ArticleFilter(blankToNull(source), date("from", from), date("to", to), limit + 1, offset));
        Integer next = page.size() > limit ? offset + limit : null;
        return new ArticleResponses.Page(
                page.stream().limit(limit).map(ArticleResponses.Summary::of).toList(), limit, offset, next);
    }

    /** One article with its text and sentences with offsets. */
    @GET
    @Path("{id}")
    @Operation(summary = "Read one article", description = "Its normalised text and its sentences with offsets.")
    @APIResponse(
            responseCode = "200",
            description = "The article",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ArticleResponses.Detail.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ArticleResponses.Detail get(@PathParam("id") String id) {
        ArticleDetail detail = repository.find(id(id)).orElseThrow(() -> notFound(id));
        return ArticleResponses.Detail.of(detail, metadata(detail.summary().metadataJson()));
    }

    /** Deletes the article with its sentences and vectors. */
    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete one article", description = "Removes the article, its sentences and vectors.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response delete(@PathParam("id") String id) {
        if (!repository.delete(id(id))) {
            throw notFound(id);
        }
        return Response.noContent().build();
    }

    /** Runs a step of ingestion; when it refuses the input, counts {@code articles} rejected articles. */
    private <T> T countingRefusals(int articles, Supplier<T> step) {
        try {
            return step.get();
        } catch (InvalidRequestException | InvalidArticleException | ArticleTooLargeException | BatchLineException e) {
            metrics.rejected(Math.max(1, articles));
            throw e;
        }
    }

    private Response stored(SaveOutcome outcome) {
        metrics.stored(List.of(outcome));
        ArticleResponses.Stored body = ArticleResponses.Stored.of(null, outcome);
        if (outcome.status() == SaveOutcome.Status.CREATED) {
            return Response.created(location(outcome.id())).entity(body).build();
        }
        return Response.ok(body).location(location(outcome.id())).build();
    }

    private static int count(List<SaveOutcome> outcomes, SaveOutcome.Status status) {
        return (int)
                outcomes.stream().filter(outcome -> outcome.status() == status).count();
    }

    private static UUID id(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw notFound(id);
        }
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("no article with id " + id);
    }

    private JsonNode metadata(String json) {
        try {
            return mapper.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored metadata is not JSON", e);
        }
    }

    private static LocalDate date(String name, String value) {
        try {
            return IsoDates.date(value);
        } catch (IsoDates.UnreadableDateException e) {
            throw new InvalidArticleException(name, name + " " + e.getMessage());
        }
    }

    /** A whole-number query parameter within {@code min..max}; anything else is a 400 naming it. */
    private static int whole(String name, String value, int min, int max) {
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // told below, like a number out of range
        }
        throw new InvalidArticleException(
                name, name + " must be a whole number from " + min + " to " + max + ", got \"" + value + "\"");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
