package io.newsdesk.answer;

import io.newsdesk.retrieval.RankedSentence;
import java.util.List;

/** A probability that the answer is right, from a logistic model over the evidence (see AnswerConfig.Calibration). */
final class Confidence {

    private Confidence() {
    }

    static double of(AnswerConfig.Calibration calibration, List<RankedSentence> ranked,
            List<AnswerCandidate> candidates) {
        if (ranked.isEmpty()) {
            return 0;
        }
        RankedSentence top = ranked.get(0);
        double candidate = candidates.isEmpty() ? 0 : candidates.get(0).score();
        double z = calibration.bias() + calibration.sentence() * top.score()
                + calibration.coverage() * top.coverage() + calibration.candidate() * candidate;
        return Math.round(1_000.0 / (1 + Math.exp(-z))) / 1_000.0;
    }
}
