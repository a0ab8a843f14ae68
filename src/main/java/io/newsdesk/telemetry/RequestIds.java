package io.newsdesk.telemetry;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every HTTP request an id: the caller's {@code X-Request-Id} when it is a safe token (at most
 * 64 characters of {@code [A-Za-z0-9._-]}), otherwise a new UUID. The id is returned in the
 * {@code X-Request-Id} header of every response (API, health, metrics, static files), put into the
 * log MDC as {@code request_id}, and into problem+json bodies (see {@link ProblemRequestIds}), so a
 * client's error report leads straight to the log lines of its request. The MDC lives in the
 * request's Vert.x context, which Quarkus carries to the worker threads that handle the request and
 * produce its event streams; code that hands work to threads of its own uses {@link #bind}.
 */
@ApplicationScoped
public class RequestIds {

    /** The header read from the caller and always written on the response. */
    public static final String HEADER = "X-Request-Id";
    /** The MDC key (and routing-context key) holding the id; log formats use {@code %X{request_id}}. */
    public static final String KEY = "request_id";
    // Runs before every other route filter (CORS, widget keys), so even their refusals carry the id.
    private static final int PRIORITY = 1_000_000;
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    void register(@Observes Filters filters) {
        filters.register(this::assign, PRIORITY);
    }

    /** The id of the request being handled on this thread (or its Vert.x context), or null outside requests. */
    public static String current() {
        Object id = MDC.get(KEY);
        return id == null ? null : id.toString();
    }

    /** Makes {@code id} (null: none) the request id of this thread, for threads of its own that continue a request. */
    public static void bind(String id) {
        if (id == null) {
            MDC.remove(KEY);
        } else {
            MDC.put(KEY, id);
        }
    }

    /** The id for a request that sent {@code incoming} (null when it sent none). */
    static String choose(String incoming) {
        return incoming != null && SAFE.matcher(incoming).matches()
                ? incoming
                : UUID.randomUUID().toString();
    }

    private void assign(RoutingContext context) {
        String id = choose(context.request().getHeader(HEADER));
        context.put(KEY, id);
        context.response().headers().set(HEADER, id);
        bind(id);
        context.next();
    }
}
