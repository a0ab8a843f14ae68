package io.newsdesk.answer.citation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves relative date expressions against an article's publication date, following the
 * TimeML convention that a bare weekday in a past-tense sentence is the most recent such day
 * before publication. Conventions:
 * <ul>
 * <li>"(on) Wednesday", "last Wednesday": the most recent Wednesday strictly before publication;
 * "next Friday", "this Friday" or a weekday in a future-tense sentence ("will ... on Friday"): the
 * first such day strictly after publication;</li>
 * <li>"today", "yesterday", "tomorrow", "tonight": publication day, minus or plus one day;</li>
 * <li>"last week" / "next week": publication date minus / plus 7 days; "this week" and "earlier
 * this week": the Monday of the publication week;</li>
 * <li>"last/this/next month" and "last/this/next year": the first day of that month or year.</li>
 * </ul>
 */
public class RelativeDateResolver {

    private static final Pattern EXPRESSION = Pattern.compile("(?i)\\b(?:(?:on|last|next|this|(?:earlier|later)"
            + " this)\\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|today"
            + "|yesterday|tomorrow|tonight)\\b");
    private static final Pattern FUTURE = Pattern.compile(
            "(?i)\\b(will|'ll|’ll|going to|is to|are to|plans? to" + "|scheduled|set to|expected to)\\b");

    /** Finds and resolves every relative date expression of {@code sentence}, in text order. */
    public List<ResolvedDate> resolve(String sentence, LocalDate published) {
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(published, "published");
        boolean future = FUTURE.matcher(sentence).find();
        List<ResolvedDate> dates = new ArrayList<>();
        Matcher m = EXPRESSION.matcher(sentence);
        while (m.find()) {
            String text = m.group();
            LocalDate date =
                    resolveOne(text.toLowerCase(Locale.ROOT), m.group(1).toLowerCase(Locale.ROOT), published, future);
            if (date != null) {
                dates.add(new ResolvedDate(text, m.start(), m.end(), date));
            }
        }
        return dates;
    }

    private static LocalDate resolveOne(String text, String unit, LocalDate published, boolean future) {
        String modifier = text.substring(0, text.length() - unit.length()).trim();
        return switch (unit) {
            case "today", "tonight" -> modifier.isEmpty() ? published : null;
            case "yesterday" -> modifier.isEmpty() ? published.minusDays(1) : null;
            case "tomorrow" -> modifier.isEmpty() ? published.plusDays(1) : null;
            case "week" -> week(modifier, published);
            case "month" -> period(modifier, published.withDayOfMonth(1), 0, 1);
            case "year" -> period(modifier, published.withDayOfYear(1), 1, 0);
            default -> weekday(DayOfWeek.valueOf(unit.toUpperCase(Locale.ROOT)), modifier, published, future);
        };
    }

    private static LocalDate week(String modifier, LocalDate published) {
        return switch (modifier) {
            case "last" -> published.minusWeeks(1);
            case "next" -> published.plusWeeks(1);
            case "this", "earlier this", "later this" -> published.with(DayOfWeek.MONDAY);
            default -> null;
        };
    }

    private static LocalDate period(String modifier, LocalDate first, int years, int months) {
        return switch (modifier) {
            case "last" -> first.minusYears(years).minusMonths(months);
            case "this", "earlier this", "later this" -> first;
            case "next" -> first.plusYears(years).plusMonths(months);
            default -> null;
        };
    }

    private static LocalDate weekday(DayOfWeek day, String modifier, LocalDate published, boolean future) {
        boolean after = modifier.equals("next") || modifier.equals("this") || future && !modifier.equals("last");
        return after ? published.with(TemporalAdjusters.next(day)) : published.with(TemporalAdjusters.previous(day));
    }
}
