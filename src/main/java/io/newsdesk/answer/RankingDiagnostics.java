package io.newsdesk.answer;

import java.util.List;
import java.util.UUID;

/**
 * Every candidate sentence of a question with the features the ranker scored it by: what
 * {@code scripts/tool.sh RankerTraining} learns the ranking weights from.
 *
 * @param featureNames names of the feature values, in order
 * @param candidates   the candidates, best first
 */
public record RankingDiagnostics(List<String> featureNames, List<Candidate> candidates) {

    /** One candidate sentence. */
    public record Candidate(long sentenceId, UUID articleId, String text, double score, double[] features) {}
}
