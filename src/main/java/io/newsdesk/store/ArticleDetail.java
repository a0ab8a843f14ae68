package io.newsdesk.store;

import java.util.List;

/** One article with its full normalised text and its sentences. */
public record ArticleDetail(ArticleSummary summary, String text, List<StoredSentence> sentences) {

    public ArticleDetail {
        sentences = List.copyOf(sentences);
    }
}
