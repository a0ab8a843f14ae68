package io.newsdesk.answer;

import java.util.List;

/** A probability that the answer is right: a logistic model over {@link ConfidenceFeatures}. */
final class Confidence {

    private Confidence() {
    }

    static double of(AnswerConfig.Calibration calibration, ConfidenceFeatures features) {
        List<Double> weights = calibration.weights();
        double[] values = features.values();
        if (weights.size() != values.length) {
            throw new IllegalStateException("newsdesk.answer.calibration.weights needs " + values.length
                    + " values, one per feature: " + ConfidenceFeatures.NAMES);
        }
        double z = calibration.bias();
        for (int i = 0; i < values.length; i++) {
            z += weights.get(i) * values[i];
        }
        return Math.round(1_000.0 / (1 + Math.exp(-z))) / 1_000.0;
    }
}
