package io.newsdesk.answer.confidence;

import io.newsdesk.util.ModelFile;
import io.newsdesk.util.ModelSource;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The two probabilities behind abstention, each a logistic model over {@link ConfidenceFeatures}
 * read from its model file at start-up: confidence, that the answer is right
 * ({@code models/confidence.json}), and evidence, that the archive holds the story asked about
 * ({@code models/evidence.json}). One pair for every question: each is asked as of a day (its
 * {@code as_of}, or today), and the date features say how the evidence stands to that day.
 */
@Startup
@Singleton
public class Confidence {

    private static final List<ModelFile.Form> LOGISTIC = List.of(ModelFile.Form.logistic);

    private final ModelFile confidence;
    private final ModelFile evidence;

    Confidence(ModelSource models) {
        this.confidence = models.load("confidence", ConfidenceFeatures.NAMES, LOGISTIC);
        this.evidence = models.load("evidence", ConfidenceFeatures.NAMES, LOGISTIC);
    }

    /** The probability the answer is right. */
    public double confidence(ConfidenceFeatures features) {
        return rounded(confidence.probability(features.values()));
    }

    /** The probability the archive holds the story asked about. */
    public double evidence(ConfidenceFeatures features) {
        return rounded(evidence.probability(features.values()));
    }

    private static double rounded(double probability) {
        return Math.round(1_000.0 * probability) / 1_000.0;
    }
}
