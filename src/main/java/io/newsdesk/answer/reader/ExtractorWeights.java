package io.newsdesk.answer.reader;

import io.newsdesk.util.LearnedScore;
import java.util.List;

/**
 * The reader's candidate score over {@link CandidateFeatures#NAMES}: one weight per feature (linear)
 * or, after those, one per pair of features (quadratic, see {@link LearnedScore}). The service's
 * weights are learned on the development set ({@code models/reader.json}, written by
 * {@code scripts/tool.sh ReaderTraining}); {@link #defaults()} are the earlier hand-set ones.
 */
public final class ExtractorWeights {

    private final LearnedScore score;

    /** @param values the weights, in the order of {@link CandidateFeatures#NAMES} (then their pairs) */
    public ExtractorWeights(List<Double> values) {
        this.score = LearnedScore.of(values, CandidateFeatures.NAMES, "models/reader.json");
    }

    /**
     * Hand-set weights: type match, retrieval and closeness to the question's words count most; the
     * later features (kind similarity, WordNet classes, question echo) count nothing.
     */
    public static ExtractorWeights defaults() {
        return new ExtractorWeights(List.of(
                2.0, 0.6, 0.6, 1.5, 1.0, -1.5, 1.0, 0.6, -0.2, 0.4, 0.5, 0.2, 0.25, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0));
    }

    /** The learned score of the features; features beyond those given count as 0. */
    double score(double[] features) {
        return score.score(features);
    }
}
