package io.newsdesk.access;

import io.netty.channel.Channel;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.GenericFutureListener;
import io.newsdesk.access.RequestRefusedException.Reason;
import io.quarkus.logging.Log;
import io.vertx.core.Context;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The door of the API, in the order a request meets it: the key (401, 403), the size of a question
 * body (413), the rate limits (429, also for Slack's callbacks, which take no key), before anything
 * is read or routed; then, just before the
 * resource runs, the admission gate for answering or ingesting (503 when full). Every refusal is an
 * {@link RequestRefusedException}, answered as problem+json. Presented keys are hashed and
 * compared, never logged or echoed.
 */
class AccessFilter {

    /** Request property holding the request's {@link Route} between the two filters. */
    static final String ROUTE = AccessFilter.class.getName() + ".route";
    /** Request property holding the {@link BodyLimit} a chunked body is counted against while read. */
    static final String BODY_LIMIT = AccessFilter.class.getName() + ".body-limit";

    private static final String NDJSON = "application/x-ndjson";
    static final String KEY_HEADER = "X-API-Key";
    private static final String AUTHORIZATION = "Authorization";
    private static final String HOW = "send a key as 'Authorization: Bearer <key>' or 'X-API-Key: <key>'";

    private final ApiKeys keys;
    private final AuthConfig auth;
    private final LimitsConfig limits;
    private final RateLimits rateLimits;
    private final AdmissionGates gates;

    AccessFilter(ApiKeys keys, AuthConfig auth, LimitsConfig limits, RateLimits rateLimits, AdmissionGates gates) {
        this.keys = keys;
        this.auth = auth;
        this.limits = limits;
        this.rateLimits = rateLimits;
        this.gates = gates;
    }

    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION)
    void checkAtTheDoor(ContainerRequestContext context, HttpServerRequest request) {
        Route route = Route.of(context.getMethod(), context.getUriInfo().getPath());
        if (route == Route.PUBLIC) {
            return;
        }
        try {
            ApiKey key = route.scope() == null ? null : authorise(route, context);
            limitBody(route, context);
            String address = request.remoteAddress() == null
                    ? "unknown"
                    : request.remoteAddress().host();
            Optional<RateLimits.Refusal> refusal = rateLimits.acquire(route.budget(), key, address);
            if (refusal.isPresent()) {
                Duration wait = refusal.get().retryAfter();
                throw new RequestRefusedException(
                        Reason.RATE_LIMITED,
                        refusal.get().detail() + "; try again in " + RequestRefusedException.seconds(wait) + " seconds",
                        wait);
            }
        } catch (RequestRefusedException e) {
            Log.debugf(
                    "Refused %s %s with %d: %s",
                    context.getMethod(),
                    context.getUriInfo().getPath(),
                    e.reason().status(),
                    e.getMessage());
            throw e;
        }
        context.setProperty(ROUTE, route);
    }

    @ServerRequestFilter(priority = Priorities.USER + 1000)
    void admit(ContainerRequestContext context, RoutingContext routing) {
        if (!(context.getProperty(ROUTE) instanceof Route route) || route.gate() == null) {
            return;
        }
        AdmissionGate gate = gates.of(route.gate());
        // Listen for the end before waiting, so a client that leaves while queued, while answered or
        // mid-stream gives its slot back whenever it leaves.
        Admission admission = Admission.of(routing);
        // Blocking resources run their filters on a worker thread, where waiting in the queue is fine.
        Optional<AdmissionGate.Permit> permit = Context.isOnEventLoopThread() ? gate.tryEnter() : gate.enter();
        if (permit.isEmpty()) {
            Log.debugf(
                    "Refused %s %s with 503: %s at capacity",
                    context.getMethod(), context.getUriInfo().getPath(), gate.name());
            throw new RequestRefusedException(
                    Reason.BUSY,
                    "The service is " + gate.name() + " at capacity (" + gate.concurrency() + " running, "
                            + gate.queue() + " waiting); try again shortly",
                    limits.busyRetryAfter());
        }
        if (!admission.hold(permit.get())) {
            permit.get().close();
            Log.debugf(
                    "Client left %s %s while it waited for %s",
                    context.getMethod(), context.getUriInfo().getPath(), gate.name());
            throw new RequestRefusedException(Reason.BUSY, "The client left before its turn", Duration.ZERO);
        }
    }

    /**
     * One request's place at a gate: the slot it holds, given back once when the request ends. The
     * end is heard twice over: the response's end handler (a response sent in full), and the
     * connection's close future, because the response's own close handler is taken over by the
     * event-stream writer, and a connection reset mid-stream or while the request was queued
     * reaches no end handler at all (the slot would be lost for good). The close future has any
     * number of listeners and runs one added after the close at once.
     */
    private static final class Admission {

        private final Channel channel;
        private final GenericFutureListener<Future<? super Void>> onClose = ignored -> end();
        private AdmissionGate.Permit permit;
        private boolean ended;

        private Admission(Channel channel) {
            this.channel = channel;
        }

        static Admission of(RoutingContext routing) {
            Admission admission =
                    new Admission(((ConnectionBase) routing.request().connection()).channel());
            routing.addEndHandler(ignored -> admission.end());
            admission.channel.closeFuture().addListener(admission.onClose);
            return admission;
        }

        /** Keeps the slot until the end; false when the request already ended (the slot is not kept). */
        synchronized boolean hold(AdmissionGate.Permit admitted) {
            if (ended) {
                return false;
            }
            permit = admitted;
            return true;
        }

        void end() {
            synchronized (this) {
                ended = true;
                if (permit != null) {
                    permit.close();
                }
            }
            // a keep-alive connection carries many requests: drop this one's listener when it is done
            channel.closeFuture().removeListener(onClose);
        }
    }

    private ApiKey authorise(Route route, ContainerRequestContext context) {
        Optional<String> presented =
                presentedKey(context.getHeaderString(AUTHORIZATION), context.getHeaderString(KEY_HEADER));
        if (presented.isEmpty()) {
            if (route.openWhenAskingIs() && !auth.askRequiresKey()) {
                return null;
            }
            throw new RequestRefusedException(
                    Reason.UNAUTHENTICATED,
                    "This request needs an API key with the " + route.scope().label() + " scope: " + HOW);
        }
        ApiKey key = keys.find(presented.get())
                .orElseThrow(() -> new RequestRefusedException(
                        Reason.UNAUTHENTICATED,
                        "The API key is not known (revoked, mistyped or from another deployment)"));
        if (!key.allows(route.scope())) {
            String detail = key.widget()
                    ? "A widget's public key may only ask questions and hold conversations"
                    : "The key " + key.name() + " does not have the "
                            + route.scope().label() + " scope";
            throw new RequestRefusedException(Reason.FORBIDDEN, detail);
        }
        return key;
    }

    private void limitBody(Route route, ContainerRequestContext context) {
        BodyLimit limit = bodyLimit(route, context.getHeaderString("Content-Type"));
        if (limit == null) {
            return;
        }
        if (context.getLength() > limit.bytes()) {
            throw limit.refusal();
        }
        context.setProperty(BODY_LIMIT, limit);
    }

    /** The body limit of a route, judged before the body is read; null where only the server's applies. */
    private BodyLimit bodyLimit(Route route, String contentType) {
        if (route.questionBody()) {
            return new BodyLimit(
                    limits.askBodySize().asLongValue(), "A question request", "newsdesk.limits.ask-body-size");
        }
        boolean batch = contentType != null
                && contentType.strip().toLowerCase(Locale.ROOT).startsWith(NDJSON);
        if (route == Route.INGEST && !batch) {
            return new BodyLimit(
                    limits.articleBodySize().asLongValue(),
                    "A one-article request (send larger" + " batches as application/x-ndjson)",
                    "newsdesk.limits.article-body-size");
        }
        return null;
    }

    /** A body limit and how a refusal names it. */
    record BodyLimit(long bytes, String what, String key) {

        RequestRefusedException refusal() {
            return new RequestRefusedException(
                    Reason.TOO_LARGE, what + " may have at most " + bytes + " bytes (" + key + ")");
        }
    }

    /**
     * The key from {@code Authorization: Bearer} or {@code X-API-Key}; both may be sent only if they
     * agree. Another authorisation scheme or an empty key is refused rather than ignored.
     */
    static Optional<String> presentedKey(String authorization, String apiKeyHeader) {
        String bearer = null;
        if (authorization != null) {
            String[] parts = authorization.strip().split("\\s+", 2);
            if (parts.length != 2 || !parts[0].equalsIgnoreCase("Bearer") || parts[1].isBlank()) {
                throw new RequestRefusedException(
                        Reason.UNAUTHENTICATED, "The Authorization header is not a bearer key: " + HOW);
            }
            bearer = parts[1].strip();
        }
        String header = apiKeyHeader == null ? null : apiKeyHeader.strip();
        if (header != null && header.isEmpty()) {
            throw new RequestRefusedException(Reason.UNAUTHENTICATED, "The X-API-Key header is empty: " + HOW);
        }
        if (bearer != null && header != null && !bearer.equals(header)) {
            throw new RequestRefusedException(
                    Reason.UNAUTHENTICATED, "Authorization and X-API-Key carry different keys: send one key");
        }
        return Optional.ofNullable(bearer != null ? bearer : header);
    }
}
