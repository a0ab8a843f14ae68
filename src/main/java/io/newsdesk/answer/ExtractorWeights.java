package io.newsdesk.answer;

import io.newsdesk.util.LearnedScore;
import java.util.List;

/**
 * Weights of the reader's linear candidate score, one per {@link CandidateFeatures#NAMES} entry.
 * The service's weights are learned on the development set ({@code newsdesk.answer.reader.weights},
 * fitted by {@code scripts/tool.sh ReaderTraining}); {@link #defaults()} are the earlier hand-set ones.
 *
 * @param values the weights, in the order of {@link CandidateFeatures#NAMES} (then their pairs)
 * @param score  the score they define
 */
public record ExtractorWeights(List<Double> values, LearnedScore score) {

    /** Linear (one weight per feature) or quadratic (then one per pair of features), see {@link LearnedScore}. */
    public ExtractorWeights(List<Double> values) {
        this(List.copyOf(values), LearnedScore.of(values, CandidateFeatures.NAMES, "newsdesk.answer.reader.weights"));
    }

    /** Hand-set weights: type match, retrieval and closeness to the question's words count most. */
    public static ExtractorWeights defaults() {
        return new ExtractorWeights(List.of(2.0, 0.6, 0.6, 1.5, 1.0, -1.5, 1.0, 0.6, -0.2, 0.4, 0.5, 0.2, 0.25, 0.0,
                0.0, 0.0));
    }

    /** The learned score of the features; features beyond those given count as 0. */
    double score(double[] features) {
        return score.score(features);
    }
}
