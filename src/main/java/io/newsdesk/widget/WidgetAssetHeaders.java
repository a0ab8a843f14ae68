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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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

    private final String etag = "\"" + digest(SCRIPT) + "\"";

    void addRoutes(@Observes Router router) {
        router.route(SCRIPT).method(HttpMethod.GET).method(HttpMethod.HEAD).order(Integer.MIN_VALUE)
                .handler(this::cacheHeaders);
        for (String demo : new String[] {"/", "/index.html"}) {
            router.route(demo).method(HttpMethod.GET).method(HttpMethod.HEAD).order(Integer.MIN_VALUE)
                    .handler(context -> {
                        context.addHeadersEndHandler(ignored -> context.response().headers()
                                .set(HttpHeaders.CACHE_CONTROL, DEMO_CACHE_CONTROL));
                        context.next();
                    });
        }
    }

    private void cacheHeaders(RoutingContext context) {
        String ifNoneMatch = context.request().getHeader(HttpHeaders.IF_NONE_MATCH);
        if (etag.equals(ifNoneMatch)) {
            context.response().setStatusCode(304).putHeader(HttpHeaders.ETAG, etag)
                    .putHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).end();
            return;
        }
        context.addHeadersEndHandler(ignored -> context.response().headers()
                .set(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).set(HttpHeaders.ETAG, etag));
        context.next();
    }

    private static String digest(String resource) {
        try (InputStream in = WidgetAssetHeaders.class.getResourceAsStream("/META-INF/resources" + resource)) {
            if (in == null) {
                return "missing";
            }
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
