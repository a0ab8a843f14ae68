package io.newsdesk.api;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a {@code Content-Type} that is not a media type at all ({@code a/b/c}, {@code /},
 * {@code text}) with 415 before routing, where the server would otherwise fail parsing it while
 * matching a resource. A well-formed type the endpoint does not take is left to routing, which
 * answers 415 as well.
 */
class ContentTypeCheck {

    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    private static final Pattern MEDIA_TYPE = Pattern.compile("\\s*" + TOKEN + "/" + TOKEN + "\\s*(;\\s*" + TOKEN
            + "\\s*=\\s*(" + TOKEN + "|\"[^\"\\\\]*\")\\s*)*;?\\s*");

    @ServerRequestFilter(preMatching = true, priority = 0)
    void check(ContainerRequestContext context) {
        String contentType = context.getHeaderString("Content-Type");
        if (contentType != null && !MEDIA_TYPE.matcher(contentType).matches()) {
            throw new NotSupportedException("Content-Type is not a media type");
        }
    }
}
