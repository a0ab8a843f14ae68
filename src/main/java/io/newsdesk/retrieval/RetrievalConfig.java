package io.newsdesk.retrieval;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Hybrid sentence retrieval: candidate pool sizes and ranking weights (tuned on the dev set, see docs/experiments.md). */
@ConfigMapping(prefix = "newsdesk.retrieval")
public interface RetrievalConfig {

    /** Sentences taken from each HNSW nearest-neighbour search (sentence vector and context vector). */
    @WithDefault("80")
    int vectorCandidates();

    /** Sentences taken from the full-text search. */
    @WithDefault("80")
    int textCandidates();

    /** HNSW ef_search (never below vector-candidates): larger finds true neighbours more often, at some cost in time. */
    @WithDefault("80")
    int efSearch();

    /** The learned ranker. */
    Ranker ranker();

    /**
     * Settings of the ranker; its learned score of {@link RankingFeatures} is a model file
     * ({@code models/ranker.json}, written by {@code RankerTraining}).
     */
    interface Ranker {

        /**
         * Added to the score of a sentence whose article is recent for a question that says the day it is
         * asked on (see Recency); 0 ranks dated questions as undated ones. Tuned on the development set.
         */
        @WithDefault("0.0")
        double recentBonus();
    }
}
