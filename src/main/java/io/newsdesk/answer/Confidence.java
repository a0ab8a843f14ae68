package io.newsdesk.answer;

import java.util.List;

/**
 * A logistic model over {@link ConfidenceFeatures}: the probability the answer is right
 * (newsdesk.answer.calibration) or that the archive holds the story asked about (newsdesk.answer.evidence, and
 * newsdesk.answer.dated-evidence when the question says the day it is asked on).
 */
final class Confidence {

    private Confidence() {
    }

    static double of(AnswerConfig.Calibration calibration, ConfidenceFeatures features) {
        return of(calibration.bias(), calibration.weights(), features.values(), ConfidenceFeatures.NAMES);
    }

    /** The dated evidence score: the same form over {@link ConfidenceFeatures#DATED_NAMES}. */
    static double dated(AnswerConfig.DatedEvidence evidence, ConfidenceFeatures features) {
        return of(evidence.bias(), evidence.weights(), features.datedValues(), ConfidenceFeatures.DATED_NAMES);
    }

    private static double of(double bias, List<Double> weights, double[] values, List<String> names) {
        if (weights.size() != values.length) {
            throw new IllegalStateException("newsdesk.answer.calibration.weights, .dated-calibration.weights and"
                    + " .evidence.weights need " + ConfidenceFeatures.NAMES.size() + " values, .dated-evidence.weights "
                    + ConfidenceFeatures.DATED_NAMES.size() + ", one per feature: " + names);
        }
        double z = bias;
        for (int i = 0; i < values.length; i++) {
            z += weights.get(i) * values[i];
        }
        return Math.round(1_000.0 / (1 + Math.exp(-z))) / 1_000.0;
    }
}
