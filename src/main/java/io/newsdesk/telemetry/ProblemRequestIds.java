package io.newsdesk.telemetry;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Adds the request id to every problem+json body as the {@code request_id} member, whichever
 * mapper or filter produced the problem, so the body a client reports names its log lines.
 */
class ProblemRequestIds {

    private static final MediaType PROBLEM = MediaType.valueOf("application/problem+json");
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

    private final ObjectMapper mapper;

    ProblemRequestIds(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @ServerResponseFilter
    void addRequestId(ContainerResponseContext response, RoutingContext context) {
        String id = context.get(RequestIds.KEY);
        if (id != null && response.hasEntity() && PROBLEM.isCompatible(response.getMediaType())) {
            Map<String, Object> body = mapper.convertValue(response.getEntity(), MAP);
            body.put(RequestIds.KEY, id);
            // No annotations: the response may come from before a resource method was matched (404, 415).
            response.setEntity(body, new Annotation[0], response.getMediaType());
        }
    }
}
