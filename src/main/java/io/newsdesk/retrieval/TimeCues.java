package io.newsdesk.retrieval;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a question says about time. A period it names outright ("in 2019", "in March 2021", "during
 * the 2022 ...") is where its story lies, whenever it is asked. Words that point at the day of asking
 * ("this week", "yesterday", "latest", "so far this year", a month without its year) say the newest
 * story on the subject is wanted; they widen the recency prior rather than fix a window, since the
 * same words read a year later still mean the story they were written about.
 *
 * @param named  the period the question names, or null
 * @param recent whether the question points at the day of asking
 */
public record TimeCues(Period named, boolean recent) {

    /** A period of publication days, both ends included. */
    public record Period(LocalDate from, LocalDate to) {}

    private static final String MONTHS =
            "january|february|march|april|may|june|july|august|september|october" + "|november|december";
    private static final Pattern MONTH_YEAR =
            Pattern.compile("\\b(" + MONTHS + ")(?:\\s+\\d{1,2})?,?\\s+((?:19|20)\\d\\d)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile(
            "\\b(?:in|during|the|of)\\s+((?:19|20)\\d\\d)\\b(?!\\s*(?:-|to|and|through)\\s*\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RECENT = Pattern.compile(
            "\\b(this|last|past|next)\\s+(week|weekend|month|year|few days)\\b|\\b(today|tonight|yesterday|recently"
                    + "|latest|newest|currently|so far|now)\\b|\\b(on|last|this)\\s+(monday|tuesday|wednesday"
                    + "|thursday|friday|saturday|sunday)\\b|\\bin\\s+(" + MONTHS + ")\\b(?!,?\\s+\\d)",
            Pattern.CASE_INSENSITIVE);

    /** The cues of {@code question} asked on {@code asOf}; a named period after that day is ignored. */
    public static TimeCues of(String question, LocalDate asOf) {
        boolean recent = RECENT.matcher(question).find();
        Period named = monthYear(question, asOf);
        if (named == null) {
            named = year(question, asOf);
        }
        return new TimeCues(named, recent);
    }

    private static Period monthYear(String question, LocalDate asOf) {
        Matcher m = MONTH_YEAR.matcher(question);
        if (!m.find()) {
            return null;
        }
        YearMonth month = YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1)));
        return bounded(month.atDay(1), month.atEndOfMonth(), asOf);
    }

    private static Period year(String question, LocalDate asOf) {
        Matcher m = YEAR.matcher(question);
        if (!m.find()) {
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        return bounded(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), asOf);
    }

    /** The period up to the day after the day asked on; null when it lies wholly after it. */
    private static Period bounded(LocalDate from, LocalDate to, LocalDate asOf) {
        LocalDate last = asOf.plusDays(1);
        return from.isAfter(last) ? null : new Period(from, to.isAfter(last) ? last : to);
    }

    private static Month month(String name) {
        return Month.valueOf(name.toUpperCase(Locale.ROOT));
    }
}
