package io.newsdesk.access;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/**
 * API keys: who may ask, ingest and administer. Keys are configured only as SHA-256 hashes, so the
 * configuration (and anything that prints it) never holds a usable key.
 */
@ConfigMapping(prefix = "newsdesk.auth")
public interface AuthConfig {

    /**
     * One entry per key, {@code name:scope+scope:sha256-hex} (scopes {@code ask}, {@code ingest},
     * {@code admin}), comma-separated; from the environment {@code NEWSDESK_API_KEYS}.
     * {@code scripts/new-key.sh NAME SCOPES} mints a key and prints its entry.
     */
    Optional<List<String>> keys();

    /**
     * Whether asking (and reading the article list) needs a key with the {@code ask} scope. Off by
     * default so a public widget and the demo page can ask, within the per-address rate limit.
     */
    @WithDefault("false")
    boolean askRequiresKey();
}
