package io.newsdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeCuesTest {

    private static final LocalDate ASKED = LocalDate.of(2026, 12, 7);

    @Test
    void should_name_a_year_or_a_month_of_a_year_as_the_period_of_the_story() {
        assertThat(TimeCues.of("Who won the election in 2019?", ASKED).named())
                .isEqualTo(new TimeCues.Period(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)));
        assertThat(TimeCues.of("Who won the 2022 Stanley Cup?", ASKED).named().from())
                .isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(TimeCues.of("What did the Fed decide in March 2021?", ASKED).named())
                .isEqualTo(new TimeCues.Period(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 31)));
        assertThat(TimeCues.of("What happened on June 4, 2020 in Minneapolis?", ASKED)
                        .named())
                .isEqualTo(new TimeCues.Period(LocalDate.of(2020, 6, 1), LocalDate.of(2020, 6, 30)));
    }

    @Test
    void should_end_a_named_period_at_the_day_after_the_day_asked_on_and_ignore_one_after_it() {
        assertThat(TimeCues.of("Who leads the polls in 2026?", ASKED).named().to())
                .isEqualTo(ASKED.plusDays(1));
        assertThat(TimeCues.of("Who will host the 2030 World Cup?", ASKED).named())
                .isNull();
    }

    @Test
    void should_take_words_pointing_at_the_day_of_asking_as_a_cue_not_as_a_period() {
        for (String question : new String[] {
            "Which company announced layoffs this week?",
            "What did the senate pass yesterday?",
            "Who is the latest candidate to drop out?",
            "Which team has won most games so far this season?",
            "What did the court rule in March?"
        }) {
            TimeCues cues = TimeCues.of(question, ASKED);
            assertThat(cues.recent()).as(question).isTrue();
            assertThat(cues.named()).as(question).isNull();
        }
        TimeCues plain = TimeCues.of("Who vetoed the UN resolution on New York's housing since 2011?", ASKED);
        assertThat(plain.recent()).isFalse();
        assertThat(plain.named()).isNull();
    }
}
