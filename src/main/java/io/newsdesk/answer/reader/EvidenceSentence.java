package io.newsdesk.answer.reader;

import java.util.List;
import java.util.Objects;

/**
 * One retrieved sentence given to the extractor, with a little article context for
 * coreference.
 *
 * @param text           the sentence text
 * @param retrievalScore score given by retrieval (higher is better)
 * @param before         up to two previous sentences of the same article, nearest last
 * @param articleId      id of the article the sentence comes from
 * @param title          article title, may be empty
 */
public record EvidenceSentence(
        String text, double retrievalScore, List<String> before, String articleId, String title) {

    public EvidenceSentence {
        Objects.requireNonNull(text, "text");
        before = before == null ? List.of() : List.copyOf(before);
        if (before.size() > 2) {
            before = before.subList(before.size() - 2, before.size());
        }
        articleId = articleId == null ? "" : articleId;
        title = title == null ? "" : title;
        if (Double.isNaN(retrievalScore)) {
            throw new IllegalArgumentException("retrievalScore must be a number");
        }
    }
}
