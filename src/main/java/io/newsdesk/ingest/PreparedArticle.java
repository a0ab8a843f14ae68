package io.newsdesk.ingest;

import java.time.LocalDate;

/** A validated article with normalised text, not yet split or embedded. */
record PreparedArticle(
        String externalId,
        String contentHash,
        String title,
        String url,
        String source,
        String author,
        String section,
        LocalDate publishedAt,
        String language,
        String text,
        String metadataJson) {}
