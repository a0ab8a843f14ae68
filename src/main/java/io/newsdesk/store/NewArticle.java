package io.newsdesk.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An article ready to store: normalised text, metadata and its sentences with vectors. Every
 * sentence's text must equal {@code text.substring(charStart, charEnd)}; the constructor checks it.
 */
public record NewArticle(
        String externalId,
        String contentHash,
        String title,
        String url,
        String source,
        String author,
        String section,
        LocalDate publishedAt,
        String language,
        String text,
        String metadataJson,
        List<NewSentence> sentences) {

    public NewArticle {
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(metadataJson, "metadataJson");
        sentences = List.copyOf(sentences);
        for (NewSentence sentence : sentences) {
            if (sentence.charEnd() > text.length()
                    || !text.regionMatches(
                            sentence.charStart(),
                            sentence.text(),
                            0,
                            sentence.text().length())) {
                throw new IllegalArgumentException("sentence " + sentence.ordinal() + " is not verbatim article text");
            }
        }
    }
}
