package io.newsdesk.retrieval;

import io.newsdesk.store.SentenceInContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * When a question is asked and which news counts as recent for it: the day asked on, the window of
 * recent publication days and the day that window ends on (its anchor). A question names its own
 * period ("in March 2019", "so far this year", {@link TimeCues}) or, by default, the window is the
 * {@code days} before the newest story on the subject (see {@link #anchoredAt}), so a question about
 * an old story asked long after it is not pulled towards this week's unrelated news.
 *
 * @param asOf  the day asked on; articles published after the day after it are not news yet
 * @param days  how many days before the anchor an article is still recent
 * @param from  first recent publication day
 * @param to    last recent publication day
 * @param named whether the question named the period itself (then it is not re-anchored)
 */
public record Recency(LocalDate asOf, int days, LocalDate from, LocalDate to, boolean named) {

    /** Days between an article without a date and the anchor: as far as a decade. */
    private static final long UNKNOWN_GAP_DAYS = 3650;

    public Recency {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
    }

    /** Asked on {@code asOf}: recent is the {@code days} before it up to the day after (time zones). */
    public Recency(LocalDate asOf, int days) {
        this(asOf, days, asOf.minusDays(days), asOf.plusDays(1), false);
    }

    /** Asked on {@code asOf} about the period a question names ({@link TimeCues}), or the days before it. */
    public static Recency of(LocalDate asOf, int days, TimeCues.Period period) {
        return period == null ? new Recency(asOf, days) : new Recency(asOf, days, period.from(), period.to(), true);
    }

    /** The day the recent window ends on, less the day after allowed for time zones. */
    public LocalDate anchor() {
        return named ? to : to.minusDays(1);
    }

    /** The window moved to end on {@code newest}, the newest story on the subject; a named period stays. */
    public Recency anchoredAt(LocalDate newest) {
        return named || newest == null
                ? this
                : new Recency(asOf, days, newest.minusDays(days), newest.plusDays(1), false);
    }

    /** Whether the sentence's article came out in the recent window. */
    public boolean holds(SentenceInContext sentence) {
        LocalDate published = sentence.publishedAt();
        return published != null && !published.isBefore(from) && !published.isAfter(to);
    }

    /** The last publication day that was news on the day asked on: that day and the day after (time zones). */
    public LocalDate lastNewsDay() {
        return asOf.plusDays(1);
    }

    /** Whether the sentence's article came out after {@link #lastNewsDay()}: not yet news then. */
    public boolean future(SentenceInContext sentence) {
        LocalDate published = sentence.publishedAt();
        return published != null && published.isAfter(lastNewsDay());
    }

    /** Days between the sentence's article and the anchor, either way. */
    public long gapDays(SentenceInContext sentence) {
        LocalDate published = sentence.publishedAt();
        return published == null ? UNKNOWN_GAP_DAYS : Math.abs(ChronoUnit.DAYS.between(published, anchor()));
    }

    /** Days from the anchor to the day asked on: how old the newest story on the subject is. */
    public long ageDays() {
        return Math.max(0, ChronoUnit.DAYS.between(anchor(), asOf));
    }
}
