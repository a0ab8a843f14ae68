package io.newsdesk.retrieval;

import io.newsdesk.store.SentenceInContext;

/**
 * A retrieved sentence with its ranking score, the share of focus terms it holds and the ranking
 * features the score was computed from (named by {@link SentenceRetriever#featureNames()}).
 */
public record RankedSentence(SentenceInContext sentence, double score, double coverage, double[] features) {

    private static final int SENTENCE_RANK = RankingFeatures.NAMES.indexOf("sentence_rank");

    /**
     * How high the sentence's own vector stood among the nearest neighbours of the question: 1 for
     * the nearest, falling with rank, 0 when it was not among them (or no features are known).
     */
    public double vectorRank() {
        return features.length > SENTENCE_RANK ? features[SENTENCE_RANK] : 0;
    }
}
