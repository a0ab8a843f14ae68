package io.newsdesk.ingest;

/**
 * One sentence of an article body, located by character offsets so that answers can cite the
 * exact supporting text: {@code body.substring(start, end).equals(text)} always holds for spans
 * produced by a {@link SentenceSplitter}.
 *
 * @param ordinal zero-based position of the sentence within the body
 * @param start offset of the first character (inclusive)
 * @param end offset after the last character (exclusive)
 * @param text the sentence text, never empty
 */
public record SentenceSpan(int ordinal, int start, int end, String text) {

    public SentenceSpan {
        if (ordinal < 0) {
            throw new IllegalArgumentException("ordinal must be >= 0 but was " + ordinal);
        }
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException(
                    "span must satisfy 0 <= start < end but was [" + start + ", " + end + ")");
        }
        if (text == null || text.length() != end - start) {
            throw new IllegalArgumentException("text length must equal end - start (" + (end - start) + ")");
        }
    }
}
