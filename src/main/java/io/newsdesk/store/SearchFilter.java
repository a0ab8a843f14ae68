package io.newsdesk.store;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Restricts a sentence search to some sources, a publication-date range, given articles, or all but some articles. */
public record SearchFilter(
        List<String> sources, LocalDate from, LocalDate to, List<UUID> articleIds, List<UUID> excludedArticleIds) {

    /** No restriction. */
    public static final SearchFilter NONE = new SearchFilter(List.of(), null, null, List.of(), List.of());

    public SearchFilter {
        sources = sources == null ? List.of() : List.copyOf(sources);
        articleIds = articleIds == null ? List.of() : List.copyOf(articleIds);
        excludedArticleIds = excludedArticleIds == null ? List.of() : List.copyOf(excludedArticleIds);
    }

    /** Whether any restriction applies. */
    public boolean isEmpty() {
        return sources.isEmpty() && from == null && to == null && articleIds.isEmpty() && excludedArticleIds.isEmpty();
    }
}
