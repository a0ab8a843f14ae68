package io.newsdesk.access;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/**
 * The embeddable widget: which pages may call the API from a browser, which public keys it uses and
 * how often one visitor may ask. All three are decided at the door (CORS, keys, rate limits), so the
 * widget's settings live with access; the {@code widget} package only serves the assets.
 */
@ConfigMapping(prefix = "newsdesk.widget")
public interface WidgetConfig {

    /**
     * Origins (scheme://host[:port]) whose pages may call the API from a browser; mapped onto
     * {@code quarkus.http.cors.origins}. Same-origin pages (the demo page) are always allowed.
     */
    Optional<List<String>> allowedOrigins();

    /**
     * Public keys the widget sends as {@code X-API-Key} (comma-separated, from the environment
     * {@code NEWSDESK_WIDGET_PUBLIC_KEYS}; empty for none; {@value #DEMO_KEY} by default). They are checked with every other API key
     * ({@code io.newsdesk.access}): a request carrying one may only ask and converse.
     */
    Optional<List<String>> publicKeys();

    /**
     * The demo page's key, printed in the README: anyone can send it, so it opens nothing that asking
     * without a key would not. While {@code newsdesk.auth.ask-requires-key} is true it is ignored.
     */
    String DEMO_KEY = "newsdesk-demo";

    /**
     * Requests one visitor (client address) may make per minute with a widget key; 429 above. The
     * key's own budget does not apply: every visitor of the page shares the key.
     */
    @WithDefault("20")
    int rateLimitPerMinute();
}
