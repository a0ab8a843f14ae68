package io.newsdesk.store;

import java.time.LocalDate;

/** Which articles to list: optional source and publication-date range, one page of them. */
public record ArticleFilter(String source, LocalDate from, LocalDate to, int limit, int offset) {

    public ArticleFilter {
        if (limit < 1 || offset < 0) {
            throw new IllegalArgumentException("limit must be positive and offset not negative");
        }
    }
}
