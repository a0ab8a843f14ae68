package io.newsdesk.answer.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelativeDateResolverTest {

    /** A Friday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2017, 4, 21);

    private final RelativeDateResolver resolver = new RelativeDateResolver();

    @Test
    void should_resolve_to_most_recent_earlier_weekday_when_sentence_is_past_tense() {
        // given
        String sentence = "Russian Federation is Syria's ally, and on Wednesday, the country vetoed a resolution.";

        // when
        List<ResolvedDate> dates = resolver.resolve(sentence, PUBLISHED);

        // then
        assertThat(dates).containsExactly(new ResolvedDate("on Wednesday", 40, 52, LocalDate.of(2017, 4, 19)));
        assertThat(sentence.substring(40, 52)).isEqualTo("on Wednesday");
    }

    @Test
    void should_resolve_to_previous_week_when_weekday_equals_publication_weekday() {
        // when
        List<ResolvedDate> dates = resolver.resolve("The vote took place Friday.", PUBLISHED);

        // then
        assertThat(dates).extracting(ResolvedDate::date).containsExactly(LocalDate.of(2017, 4, 14));
    }

    @Test
    void should_resolve_to_next_weekday_when_sentence_is_future_tense() {
        // when
        List<ResolvedDate> dates = resolver.resolve("The council will meet on Monday to decide.", PUBLISHED);

        // then
        assertThat(dates)
                .extracting(ResolvedDate::text, ResolvedDate::date)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("on Monday", LocalDate.of(2017, 4, 24)));
    }

    @Test
    void should_resolve_to_next_weekday_when_expression_says_next() {
        // when
        List<ResolvedDate> dates = resolver.resolve("Talks resume next Friday.", PUBLISHED);

        // then
        assertThat(dates).extracting(ResolvedDate::date).containsExactly(LocalDate.of(2017, 4, 28));
    }

    @Test
    void should_resolve_yesterday_today_and_tomorrow_when_present() {
        // when
        List<ResolvedDate> dates =
                resolver.resolve("Yesterday it rained, today it is dry and tomorrow is unclear.", PUBLISHED);

        // then
        assertThat(dates)
                .extracting(ResolvedDate::date)
                .containsExactly(LocalDate.of(2017, 4, 20), PUBLISHED, LocalDate.of(2017, 4, 22));
    }

    @Test
    void should_subtract_seven_days_when_sentence_says_last_week() {
        // when
        List<ResolvedDate> dates = resolver.resolve("The Kremlin said last week that support has limits.", PUBLISHED);

        // then
        assertThat(dates)
                .extracting(ResolvedDate::text, ResolvedDate::date)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("last week", LocalDate.of(2017, 4, 14)));
    }

    @Test
    void should_resolve_to_monday_of_publication_week_when_sentence_says_earlier_this_week() {
        // when
        List<ResolvedDate> dates = resolver.resolve("Earlier this week the plant closed.", PUBLISHED);

        // then
        assertThat(dates)
                .extracting(ResolvedDate::text, ResolvedDate::date)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Earlier this week", LocalDate.of(2017, 4, 17)));
    }

    @Test
    void should_resolve_to_first_day_of_month_when_sentence_names_a_relative_month() {
        // when
        List<ResolvedDate> dates = resolver.resolve("Prices rose last month and will fall next month.", PUBLISHED);

        // then
        assertThat(dates)
                .extracting(ResolvedDate::date)
                .containsExactly(LocalDate.of(2017, 3, 1), LocalDate.of(2017, 5, 1));
    }

    @Test
    void should_resolve_to_first_day_of_month_when_sentence_says_this_month() {
        // when
        List<ResolvedDate> dates = resolver.resolve("Sales doubled this month.", PUBLISHED);

        // then
        assertThat(dates).extracting(ResolvedDate::date).containsExactly(LocalDate.of(2017, 4, 1));
    }

    @Test
    void should_resolve_to_first_day_of_year_when_sentence_names_a_relative_year() {
        // when
        List<ResolvedDate> dates =
                resolver.resolve("Growth slowed last year; a recovery is forecast next year.", PUBLISHED);

        // then
        assertThat(dates)
                .extracting(ResolvedDate::date)
                .containsExactly(LocalDate.of(2016, 1, 1), LocalDate.of(2018, 1, 1));
    }

    @Test
    void should_find_nothing_when_sentence_has_no_relative_expression() {
        // when
        List<ResolvedDate> dates = resolver.resolve("The U.S. launched 59 missiles on April 6.", PUBLISHED);

        // then
        assertThat(dates).isEmpty();
    }

    @Test
    void should_keep_text_equal_to_sentence_substring_when_resolving() {
        // given
        String sentence = "On Tuesday, the minister resigned; on Thursday he returned.";

        // when
        List<ResolvedDate> dates = resolver.resolve(sentence, PUBLISHED);

        // then
        assertThat(dates)
                .hasSize(2)
                .allSatisfy(
                        d -> assertThat(sentence.substring(d.start(), d.end())).isEqualTo(d.text()));
        assertThat(dates)
                .extracting(ResolvedDate::date)
                .containsExactly(LocalDate.of(2017, 4, 18), LocalDate.of(2017, 4, 20));
    }
}
