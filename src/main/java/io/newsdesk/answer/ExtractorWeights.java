package io.newsdesk.answer;

import java.util.List;

/**
 * Weights of the reader's linear candidate score, one per {@link CandidateFeatures#NAMES} entry.
 * The service's weights are learned on the development set ({@code newsdesk.answer.reader.weights},
 * fitted by {@code scripts/tool.sh ReaderTraining}); {@link #defaults()} are the earlier hand-set ones.
 *
 * @param values the weights, in the order of {@link CandidateFeatures#NAMES}
 */
public record ExtractorWeights(List<Double> values) {

    public ExtractorWeights {
        values = List.copyOf(values);
        if (values.size() != CandidateFeatures.NAMES.size()) {
            throw new IllegalArgumentException("expected " + CandidateFeatures.NAMES.size() + " weights ("
                    + String.join(", ", CandidateFeatures.NAMES) + "), got " + values.size());
        }
        for (double w : values) {
            if (Double.isNaN(w) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("weights must be finite numbers");
            }
        }
    }

    /** Hand-set weights: type match, retrieval and closeness to the question's words count most. */
    public static ExtractorWeights defaults() {
        return new ExtractorWeights(List.of(2.0, 0.6, 0.6, 1.5, 1.0, -1.5, 1.0, 0.6, -0.2, 0.4, 0.5, 0.2, 0.25, 0.0,
                0.0, 0.0));
    }

    /** The weighted sum of the features; features beyond those given count as 0. */
    double score(double[] features) {
        double sum = 0;
        for (int i = 0; i < features.length; i++) {
            sum += values.get(i) * features[i];
        }
        return sum;
    }
}
