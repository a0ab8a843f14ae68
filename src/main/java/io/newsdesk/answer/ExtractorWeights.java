package io.newsdesk.answer;

/**
 * Hand-set weights of the linear candidate score used by {@link AnswerExtractor}; exposed so the
 * service can tune them through configuration.
 *
 * @param typeMatch      weight of the expected-type compatibility (0..1)
 * @param retrieval      weight of the sentence's retrieval score, normalised to the best one
 * @param rank           weight of 1/(1+rank) of the sentence
 * @param proximity      weight of closeness (in tokens) to the question's focus words
 * @param focusCoverage  weight of the share of focus words present in the sentence
 * @param redundancy     weight per extra supporting sentence (log-scaled)
 * @param articleVotes   weight per extra distinct supporting article
 * @param questionOverlap penalty weight for candidate words that appear in the question
 * @param subjectRole    bonus for the subject of the question's verb in the sentence
 * @param headNounMatch  bonus when the question's head noun sits next to the candidate
 * @param coreference    penalty for answers reached through a pronoun or definite description
 * @param leadPosition   bonus for a candidate that opens the sentence (news sentences lead with the subject)
 */
public record ExtractorWeights(double typeMatch, double retrieval, double rank, double proximity,
        double focusCoverage, double redundancy, double articleVotes, double questionOverlap, double subjectRole,
        double headNounMatch, double coreference, double leadPosition) {

    public ExtractorWeights {
        double[] all = {typeMatch, retrieval, rank, proximity, focusCoverage, redundancy, articleVotes,
            questionOverlap, subjectRole, headNounMatch, coreference, leadPosition};
        for (double w : all) {
            if (Double.isNaN(w) || Double.isInfinite(w) || w < 0) {
                throw new IllegalArgumentException("weights must be finite and >= 0");
            }
        }
    }

    /** The weights measured best on the development set. */
    public static ExtractorWeights defaults() {
        return new ExtractorWeights(2.0, 0.6, 0.6, 1.5, 1.0, 0.5, 0.2, 1.5, 1.0, 0.6, 0.2, 0.4);
    }
}
