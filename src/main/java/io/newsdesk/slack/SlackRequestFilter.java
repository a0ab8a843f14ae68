package io.newsdesk.slack;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * The door of the Slack endpoints: what the headers alone tell is judged before a byte of the body is read, so a
 * request that cannot be Slack's costs no upload. Missing signature headers, or a timestamp that is not a number
 * near now, are refused with 401; a {@code Content-Length} over {@code newsdesk.slack.max-body-size} with 413. The
 * signature itself covers the body and is checked by {@link SlackResource} once the body is read (and a body sent
 * without a length is counted while it is read). Bound to {@link SlackResource} after matching rather than to a
 * path, so no spelling of the path gets past it.
 */
class SlackRequestFilter {

    static final String TIMESTAMP = "X-Slack-Request-Timestamp";
    static final String SIGNATURE = "X-Slack-Signature";

    private final SlackSignatureVerifier verifier;
    private final SlackConfig config;

    SlackRequestFilter(SlackSignatureVerifier verifier, SlackConfig config) {
        this.verifier = verifier;
        this.config = config;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    void checkHeaders(ContainerRequestContext context, SimpleResourceInfo resource) {
        if (resource.getResourceClass() != SlackResource.class) {
            return;
        }
        verifier.checkHeaders(context.getHeaderString(TIMESTAMP), context.getHeaderString(SIGNATURE));
        long limit = config.maxBodySize().asLongValue();
        if (declaredLength(context.getHeaderString(HttpHeaders.CONTENT_LENGTH)) > limit) {
            throw SlackRequestRejectedException.tooLarge(limit);
        }
    }

    /** The declared body length, or -1 when there is none to trust (the body is then counted as it is read). */
    private static long declaredLength(String header) {
        try {
            return header == null ? -1 : Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
