package io.newsdesk.answer;

import java.util.List;

/**
 * A logistic model over {@link ConfidenceFeatures}: the probability the answer is right
 * (newsdesk.answer.calibration) or that the archive holds the story asked about (newsdesk.answer.evidence).
 */
final class Confidence {

    private Confidence() {
    }

    static double of(AnswerConfig.Calibration calibration, ConfidenceFeatures features) {
        List<Double> weights = calibration.weights();
        double[] values = features.values();
        if (weights.size() != values.length) {
            throw new IllegalStateException("newsdesk.answer.calibration.weights and newsdesk.answer.evidence.weights"
                    + " need " + values.length
                    + " values, one per feature: " + ConfidenceFeatures.NAMES);
        }
        double z = calibration.bias();
        for (int i = 0; i < values.length; i++) {
            z += weights.get(i) * values[i];
        }
        return Math.round(1_000.0 / (1 + Math.exp(-z))) / 1_000.0;
    }
}
