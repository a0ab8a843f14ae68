package io.newsdesk.store;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Restricts a sentence search to some sources, a publication-date range, given articles, or all but some articles;
 * and to the articles out by {@code publishedBy} (undated ones included): what was news on the day asked on.
 */
public record SearchFilter(
        List<String> sources,
        LocalDate from,
        LocalDate to,
        List<UUID> articleIds,
        List<UUID> excludedArticleIds,
        LocalDate publishedBy) {

    /** No restriction. */
    public static final SearchFilter NONE = new SearchFilter(List.of(), null, null, List.of(), List.of());

    /** The filter a client sets: any day's articles. */
    public SearchFilter(
            List<String> sources, LocalDate from, LocalDate to, List<UUID> articleIds, List<UUID> excludedArticleIds) {
        this(sources, from, to, articleIds, excludedArticleIds, null);
    }

    /** The same filter, without the articles published after {@code day} (undated ones kept). */
    public SearchFilter publishedBy(LocalDate day) {
        return new SearchFilter(sources, from, to, articleIds, excludedArticleIds, day);
    }

    public SearchFilter {
        sources = sources == null ? List.of() : List.copyOf(sources);
        articleIds = articleIds == null ? List.of() : List.copyOf(articleIds);
        excludedArticleIds = excludedArticleIds == null ? List.of() : List.copyOf(excludedArticleIds);
    }

    /** Whether any restriction applies. */
    public boolean isEmpty() {
        return sources.isEmpty()
                && from == null
                && to == null
                && articleIds.isEmpty()
                && excludedArticleIds.isEmpty()
                && publishedBy == null;
    }
}
