package io.newsdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.store.SentenceInContext;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecencyTest {

    private static final LocalDate ASKED = LocalDate.of(2026, 12, 7);

    @Test
    void should_count_the_days_before_the_day_asked_on_as_recent_until_anchored_on_an_older_story() {
        Recency asked = new Recency(ASKED, 7);
        Recency anchored = asked.anchoredAt(LocalDate.of(2024, 5, 9));

        assertThat(asked.holds(published(ASKED.minusDays(7)))).isTrue();
        assertThat(asked.holds(published(ASKED.minusDays(8)))).isFalse();
        assertThat(asked.holds(published(ASKED.plusDays(1)))).isTrue();
        assertThat(anchored.holds(published(LocalDate.of(2024, 5, 3)))).isTrue();
        assertThat(anchored.holds(published(ASKED.minusDays(1)))).isFalse();
        assertThat(anchored.ageDays()).isEqualTo(942);
        assertThat(anchored.gapDays(published(LocalDate.of(2024, 5, 2)))).isEqualTo(7);
    }

    @Test
    void should_keep_a_named_period_and_leave_out_what_came_out_after_the_day_after_the_day_asked_on() {
        Recency named = Recency.of(ASKED, 7, new TimeCues.Period(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)));

        assertThat(named.anchoredAt(LocalDate.of(2024, 5, 9))).isEqualTo(named);
        assertThat(named.holds(published(LocalDate.of(2019, 6, 1)))).isTrue();
        assertThat(named.future(published(ASKED.plusDays(1)))).isFalse();
        assertThat(named.future(published(ASKED.plusDays(2)))).isTrue();
        assertThat(named.future(published(null))).isFalse();
    }

    private static SentenceInContext published(LocalDate day) {
        return new SentenceInContext(
                1, UUID.randomUUID(), 0, 0, 4, "Text", "Title", "test", null, day, "", "", "", 0.5, 0.5);
    }
}
