package io.newsdesk.util;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Dates as clients send them (filters, {@code as_of}, {@code published_at}, list queries): ISO, and
 * within the years 1 to 9999, the range every part of the service (PostgreSQL's {@code date}, the
 * recency arithmetic, JSON) handles alike. A year Java can parse but the database cannot store
 * ({@code -4713-01-01}, {@code +999999999-12-31}) is refused like any other bad date.
 */
public final class IsoDates {

    /** The earliest date accepted. */
    public static final LocalDate FIRST = LocalDate.of(1, 1, 1);
    /** The latest date accepted. */
    public static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    private IsoDates() {}

    /** A date that is not ISO or lies outside {@link #FIRST}..{@link #LAST}; the message says which. */
    public static final class UnreadableDateException extends IllegalArgumentException {

        UnreadableDateException(String message) {
            super(message);
        }
    }

    /** {@code 2017-04-21}; null for null or blank. */
    public static LocalDate date(String value) {
        return parse(value, false);
    }

    /** {@code 2017-04-21} or a date-time with offset ({@code 2017-04-21T09:30:00Z}), as its date; null for blank. */
    public static LocalDate dateOrDateTime(String value) {
        return parse(value, true);
    }

    private static LocalDate parse(String value, boolean dateTimeToo) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        LocalDate date;
        try {
            date = dateTimeToo && trimmed.length() > 10
                    ? OffsetDateTime.parse(trimmed).toLocalDate()
                    : LocalDate.parse(trimmed);
        } catch (DateTimeParseException e) {
            throw new UnreadableDateException("\"" + trimmed + "\" is not a date: use 2017-04-21"
                    + (dateTimeToo ? " or 2017-04-21T09:30:00Z" : ""));
        }
        if (date.isBefore(FIRST) || date.isAfter(LAST)) {
            throw new UnreadableDateException("\"" + trimmed + "\" is outside the years 1 to 9999");
        }
        return date;
    }
}
