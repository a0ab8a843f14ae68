package io.newsdesk.ingest;

import java.util.List;

/**
 * Cuts a normalised article body into sentences, the unit that newsdesk stores, retrieves and
 * cites. Implementations must be stateless and return spans whose offsets point exactly at their
 * text in the input.
 */
public interface SentenceSplitter {

    /**
     * Splits {@code text} into sentences.
     *
     * @param text the article body, usually the output of {@link TextNormalizer#normalize}
     * @return the sentences in document order, non-overlapping, trimmed, never empty, with
     *     ordinals {@code 0..n-1}; an empty list for blank text
     */
    List<SentenceSpan> split(String text);
}
