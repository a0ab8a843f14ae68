package io.newsdesk.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits on what ingestion accepts. */
@ConfigMapping(prefix = "newsdesk.ingest")
public interface IngestConfig {

    /** Largest article text accepted, in UTF-8 bytes; a larger one is refused with 413. */
    @WithDefault("1048576")
    int maxTextBytes();

    /** Most articles in one application/x-ndjson request; more is refused with 413. */
    @WithDefault("500")
    int maxBatchArticles();

    /** Language recorded when an article does not name one. */
    @WithDefault("en")
    String defaultLanguage();
}
