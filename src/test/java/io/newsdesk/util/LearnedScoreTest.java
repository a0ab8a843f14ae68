package io.newsdesk.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class LearnedScoreTest {

    private static final List<String> NAMES = List.of("similarity", "coverage", "lead");

    @Test
    void should_score_linear_weights_as_a_weighted_sum() {
        // given
        LearnedScore score = LearnedScore.of(List.of(2.0, -1.0, 0.5), NAMES, "key");

        // when
        double value = score.score(new double[] {1.0, 3.0, 4.0});

        // then
        assertThat(score.quadratic()).isFalse();
        assertThat(value).isCloseTo(2.0 - 3.0 + 2.0, within(1e-12));
    }

    @Test
    void should_weigh_each_pair_of_features_in_the_order_expand_lists_them() {
        // given: linear 1, 0, 0; pairs (0,1) = 0, (0,2) = 10, (1,2) = -2
        LearnedScore score = LearnedScore.of(List.of(1.0, 0.0, 0.0, 0.0, 10.0, -2.0), NAMES, "key");
        double[] features = {0.5, 2.0, 3.0};

        // when
        double value = score.score(features);

        // then
        assertThat(score.quadratic()).isTrue();
        assertThat(LearnedScore.expand(features)).containsExactly(0.5, 2.0, 3.0, 1.0, 1.5, 6.0);
        assertThat(value).isCloseTo(0.5 + 10 * 1.5 - 2 * 6.0, within(1e-12));
    }

    @Test
    void should_refuse_a_weight_count_that_fits_neither_form_naming_the_key_and_features() {
        assertThatThrownBy(() -> LearnedScore.of(List.of(1.0, 2.0), NAMES, "newsdesk.retrieval.ranker.weights"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected 3 weights (newsdesk.retrieval.ranker.weights")
                .hasMessageContaining("lead")
                .hasMessageContaining("or 6 with one per pair");
        assertThatThrownBy(() -> LearnedScore.of(List.of(1.0, Double.NaN, 0.0), NAMES, "key"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("finite");
    }
}
