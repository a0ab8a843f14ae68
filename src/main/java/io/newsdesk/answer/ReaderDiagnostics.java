package io.newsdesk.answer;

import java.util.List;

/**
 * The reader's candidate answers for a question with the features each was scored by: what
 * {@code scripts/tool.sh ReaderTraining} learns the reader's weights from.
 *
 * @param featureNames names of the feature values, in order
 * @param candidates   the candidates, best first
 */
public record ReaderDiagnostics(List<String> featureNames, List<Candidate> candidates) {

    /** One candidate answer and the evidence sentence it was read from. */
    public record Candidate(String text, String sentence, double score, double[] features) {}
}
