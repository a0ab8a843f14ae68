package io.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PrimaryPositionsTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void should_call_a_standby_that_has_the_latest_position_caught_up() {
        // given: the primary at 100, then at 300
        PrimaryPositions positions = positions();

        // when / then: whatever its last replayed commit's age (an idle primary's last commit is old)
        assertThat(positions.lagSeconds(300, 3600, 10 * SECOND)).isZero();
        assertThat(positions.lagSeconds(400, Double.NaN, 10 * SECOND)).isZero();
    }

    @Test
    void should_bound_the_lag_by_the_newest_position_reached_or_the_last_replayed_commit_whichever_is_less() {
        // given: the primary at 100 at 1 s, 200 at 2 s, 300 at 3 s
        PrimaryPositions positions = positions();

        // when: a standby that replayed 250 is judged at 5 s
        double unknownCommit = positions.lagSeconds(250, Double.NaN, 5 * SECOND);
        double recentCommit = positions.lagSeconds(250, 0.5, 5 * SECOND);
        double oldCommit = positions.lagSeconds(250, 60, 5 * SECOND);

        // then: it had everything of 2 s, so at most 3 s behind; a commit replayed half a second ago says less
        assertThat(unknownCommit).isCloseTo(3, within(1e-9));
        assertThat(recentCommit).isCloseTo(0.5, within(1e-9));
        assertThat(oldCommit).isCloseTo(3, within(1e-9));
    }

    @Test
    void should_call_a_standby_behind_every_position_kept_at_least_as_old_as_the_oldest() {
        // given
        PrimaryPositions positions = positions();

        // when: it has not even the first position kept, read at 1 s
        double lag = positions.lagSeconds(50, Double.NaN, 5 * SECOND);

        // then
        assertThat(lag).isCloseTo(4, within(1e-9));
    }

    @Test
    void should_forget_positions_older_than_the_retention_but_keep_the_last_two() {
        // given: a retention of 2 s
        PrimaryPositions positions = positions();

        // when: a fourth position at 10 s drops every one older than 8 s but the one before it
        positions.add(10 * SECOND, 400);

        // then: the oldest kept is 300 at 3 s
        assertThat(positions.lagSeconds(250, Double.NaN, 10 * SECOND)).isCloseTo(7, within(1e-9));
        assertThat(positions.lagSeconds(300, Double.NaN, 10 * SECOND)).isCloseTo(7, within(1e-9));
    }

    private static PrimaryPositions positions() {
        PrimaryPositions positions = new PrimaryPositions(2 * SECOND);
        positions.add(SECOND, 100);
        positions.add(2 * SECOND, 200);
        positions.add(3 * SECOND, 300);
        return positions;
    }
}
