package io.newsdesk.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One article as listed: its metadata and how many sentences it was split into. */
public record ArticleSummary(
        UUID id,
        String externalId,
        String title,
        String url,
        String source,
        String author,
        String section,
        LocalDate publishedAt,
        String language,
        Instant ingestedAt,
        int sentenceCount,
        String metadataJson) {}
