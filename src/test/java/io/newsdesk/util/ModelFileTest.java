package io.newsdesk.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelFileTest {

    private static final List<String> FEATURES = List.of("a", "b", "c");
    private static final List<ModelFile.Form> SCORES = List.of(ModelFile.Form.linear, ModelFile.Form.quadratic);

    @Test
    void should_serve_a_quadratic_score_when_it_has_a_weight_per_feature_and_per_pair() {
        // given
        ModelFile model = model(ModelFile.Form.quadratic, FEATURES, List.of(1.0, 0.0, 0.0, 2.0, 0.0, 0.0));

        // when
        LearnedScore score = model.checkedAgainst(FEATURES, SCORES, "test").score();

        // then: 1*a + 2*a*b
        assertThat(score.score(new double[] {1, 3, 5})).isEqualTo(7.0);
    }

    @Test
    void should_refuse_features_in_another_order_naming_both_lists() {
        ModelFile model = model(ModelFile.Form.linear, List.of("b", "a", "c"), List.of(1.0, 1.0, 1.0));

        assertThatThrownBy(() -> model.checkedAgainst(FEATURES, SCORES, "models/x.json"))
                .isInstanceOf(ModelFile.InvalidModelException.class)
                .hasMessageContaining("models/x.json: its features [b, a, c] are not the code's [a, b, c]");
    }

    @Test
    void should_refuse_a_weight_count_the_form_does_not_have() {
        ModelFile model = model(ModelFile.Form.quadratic, FEATURES, List.of(1.0, 1.0, 1.0));

        assertThatThrownBy(() -> model.checkedAgainst(FEATURES, SCORES, "models/x.json"))
                .hasMessageContaining("a quadratic model of 3 features needs 6 weights; it has 3");
    }

    @Test
    void should_refuse_a_form_the_code_cannot_serve_and_weights_that_are_not_finite() {
        assertThatThrownBy(() -> model(ModelFile.Form.logistic, FEATURES, List.of(1.0, 1.0, 1.0))
                        .checkedAgainst(FEATURES, SCORES, "x"))
                .hasMessageContaining("form logistic cannot serve here");
        assertThatThrownBy(() -> model(ModelFile.Form.linear, FEATURES, List.of(1.0, Double.NaN, 1.0))
                        .checkedAgainst(FEATURES, SCORES, "x"))
                .hasMessageContaining("finite");
    }

    @Test
    void should_read_back_what_it_wrote() throws Exception {
        // given
        ModelFile model = new ModelFile(
                "evidence",
                ModelFile.Form.logistic,
                FEATURES,
                -1.5,
                List.of(0.5, 1.0, -2.0),
                new ModelFile.Fitted("2026-12-07", "make eval", "the development set"),
                Map.of("roc_auc", 0.9));
        Path dir = Files.createTempDirectory("models");

        // when
        Path file = model.write(dir);

        // then
        try (var in = Files.newInputStream(file)) {
            ModelFile read = ModelFile.read(in, file.toString());
            assertThat(read).isEqualTo(model);
            assertThat(read.probability(new double[] {1, 1, 1})).isEqualTo(1 / (1 + Math.exp(2.0)));
        }
    }

    private static ModelFile model(ModelFile.Form form, List<String> features, List<Double> weights) {
        return new ModelFile("x", form, features, 0, weights, null, Map.of());
    }
}
