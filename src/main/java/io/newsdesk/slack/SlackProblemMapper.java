package io.newsdesk.slack;

import io.quarkus.logging.Log;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns refused Slack requests into RFC 9457 problem+json. It lives here rather than in the api
 * mapper because api and slack must not know each other; the body has the same shape.
 */
class SlackProblemMapper {

    private static final String TYPE_BASE = "https://newsdesk.dev/problems/";

    @ServerExceptionMapper
    Response rejected(SlackRequestRejectedException e) {
        Log.debugf("Slack request refused with %d: %s", e.status(), e.getMessage());
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put(
                "type",
                TYPE_BASE
                        + switch (e.status()) {
                            case 400 -> "invalid-request";
                            case 401 -> "unauthorized";
                            case 413 -> "too-large";
                            default -> "unavailable";
                        });
        problem.put(
                "title",
                switch (e.status()) {
                    case 400 -> "Invalid request";
                    case 401 -> "Unauthorized";
                    case 413 -> "Content too large";
                    default -> "Service unavailable";
                });
        problem.put("status", e.status());
        problem.put("detail", e.getMessage());
        Response.ResponseBuilder response =
                Response.status(e.status()).type("application/problem+json").entity(problem);
        return e.status() == 503 ? response.header("Retry-After", "5").build() : response.build();
    }
}
