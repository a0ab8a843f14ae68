package io.newsdesk.retrieval;

import io.newsdesk.store.SentenceInContext;

/**
 * A retrieved sentence with its ranking score, the share of focus terms it holds and the ranking
 * features the score was computed from (named by {@link SentenceRetriever#featureNames()}).
 */
public record RankedSentence(SentenceInContext sentence, double score, double coverage, double[] features) {

    private static final int SENTENCE_RANK = RankingFeatures.NAMES.indexOf("sentence_rank");
    private static final int TEXT_RANK = RankingFeatures.NAMES.indexOf("text_rank");
    private static final int ARTICLE_SIMILARITY = RankingFeatures.NAMES.indexOf("article_similarity");

    /**
     * How high the sentence's own vector stood among the nearest neighbours of the question: 1 for
     * the nearest, falling with rank, 0 when it was not among them (or no features are known).
     */
    public double vectorRank() {
        return feature(SENTENCE_RANK);
    }

    /** How high the sentence stood in the full-text search: 1 for the first, 0 when it was not found by its words. */
    public double textRank() {
        return feature(TEXT_RANK);
    }

    /** The best vector similarity to the question of any candidate sentence from the same article. */
    public double articleSimilarity() {
        return feature(ARTICLE_SIMILARITY);
    }

    private double feature(int index) {
        return features.length > index ? features[index] : 0;
    }
}
