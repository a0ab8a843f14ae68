package io.newsdesk.answer.citation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A relative date expression found in a sentence, with the calendar date it stands for.
 *
 * @param text  the expression as written, equal to {@code sentence.substring(start, end)}
 * @param start start offset in the sentence
 * @param end   end offset (exclusive) in the sentence
 * @param date  the resolved date (first day of the period for months and years)
 */
public record ResolvedDate(String text, int start, int end, LocalDate date) {

    public ResolvedDate {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(date, "date");
        if (start < 0 || end < start || end - start != text.length()) {
            throw new IllegalArgumentException("invalid span " + start + ".." + end + " for '" + text + "'");
        }
    }
}
