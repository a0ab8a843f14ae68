package io.newsdesk.retrieval;

import io.newsdesk.store.SentenceInContext;

/** A retrieved sentence with its re-ranking score and the share of focus terms it holds. */
public record RankedSentence(SentenceInContext sentence, double score, double coverage) {
}
