package io.newsdesk.widget;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Caching headers for {@code /widget.js}, which pages on other sites load on every visit: cached
 * for an hour, then revalidated with a strong ETag of its content (a 304 costs no bytes). The demo
 * page is revalidated every time. The files themselves are served by Quarkus from
 * {@code META-INF/resources} (whose default would mark them immutable for a day).
 */
@ApplicationScoped
class WidgetAssetHeaders {

    static final String SCRIPT = "/widget.js";
    static final String CACHE_CONTROL = "public, max-age=3600";
    static final String DEMO_CACHE_CONTROL = "no-cache";
    static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";

    /** The script is data to any page that opens it directly: nothing runs, nothing frames it. */
    static final String SCRIPT_POLICY = "default-src 'none'; frame-ancestors 'none'";

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);

    private final String etag = "\"" + digest(SCRIPT) + "\"";
    private final String demoPolicy = demoPolicy(read("/index.html"));

    void addRoutes(@Observes Router router) {
        router.route(SCRIPT)
                .method(HttpMethod.GET)
                .method(HttpMethod.HEAD)
                .order(Integer.MIN_VALUE)
                .handler(this::cacheHeaders);
        for (String demo : new String[] {"/", "/index.html"}) {
            router.route(demo)
                    .method(HttpMethod.GET)
                    .method(HttpMethod.HEAD)
                    .order(Integer.MIN_VALUE)
                    .handler(context -> {
                        context.addHeadersEndHandler(ignored -> context.response()
                                .headers()
                                .set(HttpHeaders.CACHE_CONTROL, DEMO_CACHE_CONTROL)
                                .set(CONTENT_SECURITY_POLICY, demoPolicy));
                        context.next();
                    });
        }
    }

    private void cacheHeaders(RoutingContext context) {
        String ifNoneMatch = context.request().getHeader(HttpHeaders.IF_NONE_MATCH);
        if (etag.equals(ifNoneMatch)) {
            context.response()
                    .setStatusCode(304)
                    .putHeader(HttpHeaders.ETAG, etag)
                    .putHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                    .end();
            return;
        }
        context.addHeadersEndHandler(ignored -> context.response()
                .headers()
                .set(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .set(HttpHeaders.ETAG, etag)
                .set(CONTENT_SECURITY_POLICY, SCRIPT_POLICY));
        context.next();
    }

    /**
     * The demo page's policy: its own scripts and the API only, its inline script allowed by hash (so
     * an injected one is not), and framed only by its own origin. Styles may be inline: the widget
     * puts its stylesheet into its shadow root.
     */
    static String demoPolicy(byte[] page) {
        StringBuilder scripts = new StringBuilder("'self'");
        Matcher inline = INLINE_SCRIPT.matcher(new String(page, StandardCharsets.UTF_8));
        while (inline.find()) {
            scripts.append(" 'sha256-")
                    .append(Base64.getEncoder()
                            .encodeToString(sha256(inline.group(1).getBytes(StandardCharsets.UTF_8))))
                    .append('\'');
        }
        return "default-src 'self'; script-src " + scripts + "; style-src 'self' 'unsafe-inline'; img-src 'self'"
                + " data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";
    }

    private static String digest(String resource) {
        byte[] content = read(resource);
        return content.length == 0 ? "missing" : HexFormat.of().formatHex(sha256(content), 0, 12);
    }

    private static byte[] read(String resource) {
        try (InputStream in = WidgetAssetHeaders.class.getResourceAsStream("/META-INF/resources" + resource)) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
