package io.newsdesk.access;

import io.newsdesk.widget.WidgetConfig;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The key registry, built once at start-up from {@code newsdesk.auth.keys} and the widget's public
 * keys; a malformed entry stops the start-up rather than the first request.
 */
class AccessBeans {

    @Produces
    @Singleton
    @Startup
    ApiKeys apiKeys(AuthConfig auth, WidgetConfig widget) {
        ApiKeys keys = ApiKeys.of(auth.keys().orElse(List.of()), widget.publicKeys());
        if (keys.names().isEmpty()) {
            Log.warn("No API keys configured (newsdesk.auth.keys / NEWSDESK_API_KEYS): ingesting is refused"
                    + " with 401 until one is; scripts/new-key.sh mints one");
        } else {
            Log.infof("API keys configured: %s", String.join(", ", keys.names()));
        }
        return keys;
    }
}
