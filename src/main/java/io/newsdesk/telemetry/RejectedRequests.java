package io.newsdesk.telemetry;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts refused requests by HTTP status ({@code newsdesk_requests_rejected_total{status="429"}}):
 * every response of 400 or above outside {@code /q/}, whoever produced it (a mapper, a filter,
 * Vert.x itself), so invalid input, missing keys, rate limits, oversized bodies and back-pressure
 * show up at once.
 */
@Startup
@Singleton
class RejectedRequests {

    static final String NAME = "newsdesk.requests.rejected";
    // Before every other route filter, so refusals by filters (CORS, widget keys) are counted too.
    private static final int PRIORITY = 1_000_000;
    // The statuses the service answers on purpose, registered up front so dashboards see zeros.
    private static final int[] EXPECTED = {400, 401, 403, 404, 409, 413, 415, 429, 500, 503};

    private final MeterRegistry registry;
    private final Map<Integer, Counter> counters = new ConcurrentHashMap<>();

    RejectedRequests(MeterRegistry registry) {
        this.registry = registry;
        for (int status : EXPECTED) {
            counter(status);
        }
    }

    void register(@Observes Filters filters) {
        filters.register(
                context -> {
                    // Health, metrics and OpenAPI under /q/ are for operators: a readiness probe answering 503
                    // while the service starts is not a refused request.
                    if (!context.normalizedPath().startsWith("/q/")) {
                        context.addHeadersEndHandler(
                                ignored -> count(context.response().getStatusCode()));
                    }
                    context.next();
                },
                PRIORITY);
    }

    private void count(int status) {
        if (status >= 400) {
            counter(status).increment();
        }
    }

    private Counter counter(int status) {
        return counters.computeIfAbsent(
                status,
                code -> Counter.builder(NAME)
                        .description("Requests answered with an error status (4xx, 5xx)")
                        .tag("status", Integer.toString(code))
                        .register(registry));
    }
}
