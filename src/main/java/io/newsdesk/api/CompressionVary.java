package io.newsdesk.api;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Says {@code Vary: Accept-Encoding} on every response of the REST resources that the HTTP layer may
 * compress ({@code quarkus.http.enable-compression}: JSON, problem+json, text), so a shared cache never
 * hands a gzip body to a client that did not ask for one. The static files get it from Vert.x; event
 * streams are never compressed.
 */
class CompressionVary {

    @ServerResponseFilter
    void vary(ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        if (type == null || MediaType.SERVER_SENT_EVENTS_TYPE.isCompatible(type)) {
            return;
        }
        List<String> vary = response.getStringHeaders().get(HttpHeaders.VARY);
        boolean said = vary != null
                && vary.stream()
                        .anyMatch(value -> value.toLowerCase(Locale.ROOT).contains("accept-encoding"));
        if (!said) {
            response.getHeaders().add(HttpHeaders.VARY, "Accept-Encoding");
        }
    }
}
