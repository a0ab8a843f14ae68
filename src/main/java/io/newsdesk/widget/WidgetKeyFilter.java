package io.newsdesk.widget;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * What a widget's public key may do. A request whose {@code X-API-Key} is one of
 * {@code newsdesk.widget.public-keys} may only ask and converse (403 otherwise, so a key copied
 * from a page can never ingest or delete), and each visitor is rate limited (429 with
 * {@code Retry-After}). Requests without a widget key are left to the rest of the API.
 */
class WidgetKeyFilter {

    static final String KEY_HEADER = "X-API-Key";
    private static final String PROBLEM_BASE = "https://newsdesk.dev/problems/";
    private static final String UUID = "[0-9a-fA-F-]{36}";
    private static final Pattern ASK_OR_CONVERSE = Pattern.compile(
            "POST /api/v1/ask(/stream)?|POST /api/v1/conversations|GET /api/v1/conversations/" + UUID
                    + "|POST /api/v1/conversations/" + UUID + "/messages(/stream)?");

    private final WidgetConfig config;
    private final VisitorRateLimiter limiter;

    WidgetKeyFilter(WidgetConfig config, VisitorRateLimiter limiter) {
        this.config = config;
        this.limiter = limiter;
    }

    @ServerRequestFilter(preMatching = true)
    Optional<Response> restrictWidgetKeys(ContainerRequestContext context, HttpServerRequest request) {
        String key = context.getHeaderString(KEY_HEADER);
        if (key == null || !config.publicKeys().contains(key.strip())) {
            return Optional.empty();
        }
        String call = context.getMethod() + " " + stripSlash(context.getUriInfo().getPath());
        if (!ASK_OR_CONVERSE.matcher(call).matches()) {
            return Optional.of(problem(403, "forbidden", "Forbidden",
                    "A widget's public key may only ask questions and hold conversations", null));
        }
        String visitor = request.remoteAddress() == null ? "unknown" : request.remoteAddress().host();
        return limiter.acquire(visitor).map(wait -> tooMany(wait));
    }

    private static Response tooMany(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return problem(429, "rate-limited", "Too many requests",
                "Too many questions from this visitor; try again in " + seconds + " seconds", seconds);
    }

    private static Response problem(int status, String type, String title, String detail, Long retryAfter) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", PROBLEM_BASE + type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        Response.ResponseBuilder response = Response.status(status).type("application/problem+json").entity(body);
        if (retryAfter != null) {
            response.header("Retry-After", retryAfter);
        }
        return response.build();
    }

    private static String stripSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
