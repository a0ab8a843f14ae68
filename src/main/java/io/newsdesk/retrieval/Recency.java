package io.newsdesk.retrieval;

import io.newsdesk.store.SentenceInContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The day a question is asked on and how many days before it news counts as recent: a question about
 * the news of a day is rarely answered by a story from another year.
 *
 * @param asOf the day asked on
 * @param days an article published this many days before it, up to the day after (time zones), is recent
 */
public record Recency(LocalDate asOf, int days) {

    /** Days between an article without a date and the day asked on: as far as a decade. */
    private static final long UNKNOWN_GAP_DAYS = 3650;

    public Recency {
        Objects.requireNonNull(asOf, "asOf");
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
    }

    /** Whether the sentence's article came out in the recent days. */
    public boolean holds(SentenceInContext sentence) {
        LocalDate published = sentence.publishedAt();
        return published != null && !published.isBefore(asOf.minusDays(days)) && !published.isAfter(asOf.plusDays(1));
    }

    /** Days between the sentence's article and the day asked on, either way. */
    public long gapDays(SentenceInContext sentence) {
        LocalDate published = sentence.publishedAt();
        return published == null ? UNKNOWN_GAP_DAYS : Math.abs(ChronoUnit.DAYS.between(published, asOf));
    }
}
