package io.newsdesk.answer.citation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A stored sentence cited as evidence: verbatim text, its offsets into the article, where the short
 * answer sits in it (null when it is not there), and relative dates in it made concrete.
 */
public record Citation(
        int n,
        UUID articleId,
        String title,
        String source,
        String url,
        LocalDate publishedAt,
        int sentenceIndex,
        int charStart,
        int charEnd,
        String text,
        Integer answerStart,
        Integer answerEnd,
        double score,
        List<ResolvedDate> resolvedDates) {

    public Citation {
        resolvedDates = List.copyOf(resolvedDates);
    }
}
