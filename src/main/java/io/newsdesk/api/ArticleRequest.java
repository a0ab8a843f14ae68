package io.newsdesk.api;

import com.fasterxml.jackson.databind.JsonNode;

/** The JSON body of one article (also one line of an NDJSON batch); field names are snake_case. */
record ArticleRequest(
        String title,
        String text,
        String url,
        String source,
        String author,
        String section,
        String publishedAt,
        String externalId,
        String language,
        JsonNode metadata) {}
