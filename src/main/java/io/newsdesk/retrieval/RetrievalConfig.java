package io.newsdesk.retrieval;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Hybrid sentence retrieval: candidate pool sizes, fusion and re-ranking weights (tuned on the dev set, see README). */
@ConfigMapping(prefix = "newsdesk.retrieval")
public interface RetrievalConfig {

    /** Sentences taken from each HNSW nearest-neighbour search (sentence vector and context vector). */
    @WithDefault("40")
    int vectorCandidates();

    /** Sentences taken from the full-text search. */
    @WithDefault("40")
    int textCandidates();

    /** HNSW ef_search: larger finds true neighbours more often, at some cost in time. */
    @WithDefault("100")
    int efSearch();

    /** The k of reciprocal rank fusion, 1 / (k + rank). */
    @WithDefault("60")
    int rrfK();

    /** Re-ranking weights. */
    Weights weights();

    /** Weights of the re-ranking features; the score is their weighted sum. */
    interface Weights {

        /** Cosine similarity of sentence and question. */
        @WithDefault("1.0")
        double similarity();

        /** Cosine similarity of the sentence's context vector (title and previous sentence) and question. */
        @WithDefault("1.0")
        double contextSimilarity();

        /** Share of the best score among the sentences of the same article. */
        @WithDefault("0.3")
        double article();

        /** Reciprocal-rank-fusion score, scaled by (k + 1) so the top rank counts 1. */
        @WithDefault("0.3")
        double fusion();

        /** Share of the question's focus terms (stemmed) found in the sentence. */
        @WithDefault("0.8")
        double coverage();

        /** Share of focus terms found in the two previous and the next sentence but not in the sentence. */
        @WithDefault("0.2")
        double context();

        /** Share of focus terms found in the article title. */
        @WithDefault("0.25")
        double title();

        /** Closeness of the matched terms to one another in the sentence (1 when adjacent). */
        @WithDefault("0.15")
        double proximity();
    }
}
