package io.newsdesk.store;

/** A sentence found by one search method, with that method's score (higher is better). */
public record SentenceHit(long sentenceId, double score) {}
