package io.newsdesk.ingest;

/**
 * An article as a client sent it, before validation: every field may be missing or wrong.
 * {@code publishedAt} is the client's text (an ISO date or date-time); {@code metadataJson} a JSON object.
 */
public record ArticleInput(
        String title,
        String text,
        String url,
        String source,
        String author,
        String section,
        String publishedAt,
        String externalId,
        String language,
        String metadataJson) {}
