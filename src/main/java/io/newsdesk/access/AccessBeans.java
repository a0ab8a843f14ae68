package io.newsdesk.access;

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
        ApiKeys keys = ApiKeys.of(auth.keys().orElse(List.of()), widgetKeys(auth, widget));
        if (keys.names().isEmpty()) {
            Log.warn("No API keys configured (newsdesk.auth.keys / NEWSDESK_API_KEYS): ingesting is refused"
                    + " with 401 until one is; scripts/new-key.sh mints one");
        } else {
            Log.infof("API keys configured: %s", String.join(", ", keys.names()));
        }
        return keys;
    }

    /**
     * The widget's public keys; without the README's demo key while asking needs a key, so a private
     * archive is not opened by a key everyone has read.
     */
    static List<String> widgetKeys(AuthConfig auth, WidgetConfig widget) {
        List<String> keys = widget.publicKeys().orElse(List.of());
        if (!auth.askRequiresKey() || keys.stream().noneMatch(key -> key.strip().equals(WidgetConfig.DEMO_KEY))) {
            return keys;
        }
        Log.warnf(
                "The widget key %s is printed in the README; it is ignored while newsdesk.auth.ask-requires-key"
                        + " is true: set NEWSDESK_WIDGET_PUBLIC_KEYS to a key of your own for the widget",
                WidgetConfig.DEMO_KEY);
        return keys.stream()
                .filter(key -> !key.strip().equals(WidgetConfig.DEMO_KEY))
                .toList();
    }
}
