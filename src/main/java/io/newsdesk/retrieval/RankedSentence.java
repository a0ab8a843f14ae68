package io.newsdesk.retrieval;

import io.newsdesk.store.SentenceInContext;

/**
 * A retrieved sentence with its ranking score, the share of focus terms it holds and the ranking
 * features the score was computed from (named by {@link SentenceRetriever#featureNames()}).
 */
public record RankedSentence(SentenceInContext sentence, double score, double coverage, double[] features) {
}
