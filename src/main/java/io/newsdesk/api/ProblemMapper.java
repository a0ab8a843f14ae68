package io.newsdesk.api;

import io.newsdesk.access.RequestRefusedException;
import io.newsdesk.answer.InvalidQuestionException;
import io.newsdesk.ingest.ArticleTooLargeException;
import io.newsdesk.ingest.BatchLineException;
import io.newsdesk.ingest.InvalidArticleException;
import io.newsdesk.store.StoreUnavailableException;
import io.quarkus.logging.Log;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place where domain exceptions become application/problem+json responses. */
class ProblemMapper {

    private static final String TYPE_BASE = "https://newsdesk.dev/problems/";

    @ServerExceptionMapper
    Response invalidArticle(InvalidArticleException e) {
        return problem(400, "invalid-request", "Invalid request", e.getMessage(), e.field(), null);
    }

    @ServerExceptionMapper
    Response invalidRequest(InvalidRequestException e) {
        return problem(400, "invalid-request", "Invalid request", e.getMessage(), e.field(), null);
    }

    @ServerExceptionMapper
    Response invalidQuestion(InvalidQuestionException e) {
        return problem(400, "invalid-question", "Invalid question", e.getMessage(), e.field(), null);
    }

    @ServerExceptionMapper
    Response tooLarge(ArticleTooLargeException e) {
        return problem(413, "too-large", "Content too large", e.getMessage(), null, null);
    }

    @ServerExceptionMapper
    Response invalidBatch(BatchLineException e) {
        return problem(400, "invalid-batch", "Invalid lines in batch", e.getMessage(), null, e.errors());
    }

    @ServerExceptionMapper
    Response refused(RequestRefusedException e) {
        RequestRefusedException.Reason reason = e.reason();
        Response.ResponseBuilder response = Response.fromResponse(
                problem(reason.status(), reason.type(), reason.title(), e.getMessage(), null, null));
        e.retryAfterSeconds().ifPresent(seconds -> response.header("Retry-After", seconds));
        if (reason == RequestRefusedException.Reason.UNAUTHENTICATED) {
            response.header("WWW-Authenticate", RequestRefusedException.CHALLENGE);
        }
        return response.build();
    }

    @ServerExceptionMapper
    Response storeUnavailable(StoreUnavailableException e) {
        Log.warnf("Database unavailable: %s", e.getMessage());
        Log.debugf(e, "Database failure");
        Response response = problem(
                503,
                "unavailable",
                "Service unavailable",
                "The archive database is not reachable right now; try again shortly.",
                null,
                null);
        return Response.fromResponse(response).header("Retry-After", "5").build();
    }

    @ServerExceptionMapper
    Response webApplication(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        String title = Response.Status.fromStatusCode(status) == null
                ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        String detail = switch (status) {
            case 415 -> unsupported(headers.getHeaderString(HttpHeaders.CONTENT_TYPE), uri.getPath());
            case 413 -> "The request body is over the configured limit";
            default -> e.getMessage();
        };
        return problem(status, title.toLowerCase().replace(' ', '-'), title, detail, null, null);
    }

    /** What was sent and what this path takes, so the client knows what to change. */
    private static String unsupported(String sent, String path) {
        String accepted = path != null && path.startsWith("/api/v1/articles")
                ? "application/json, application/x-ndjson or text/plain (UTF-8)"
                : path != null && path.startsWith("/slack/") ? "the body Slack sends" : "application/json (UTF-8)";
        String what = sent == null || sent.isBlank()
                ? "A body without a Content-Type"
                : "Content-Type \"" + (sent.length() > 80 ? sent.strip().substring(0, 77) + "..." : sent.strip())
                        + "\"";
        return what + " is not accepted here: send " + accepted;
    }

    @ServerExceptionMapper
    Response unexpected(RuntimeException e) {
        Log.errorf(e, "Unexpected failure");
        return problem(
                500, "internal", "Internal error", "An unexpected error occurred; it has been logged.", null, null);
    }

    private static Response problem(
            int status, String type, String title, String detail, String field, List<?> errors) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(TYPE_BASE + type, title, status, detail, field, errors))
                .build();
    }
}
