package io.newsdesk.retrieval;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Hybrid sentence retrieval: candidate pool sizes and ranking weights (tuned on the dev set, see docs/experiments.md). */
@ConfigMapping(prefix = "newsdesk.retrieval")
public interface RetrievalConfig {

    /**
     * Sentences taken from the HNSW nearest-neighbour search of the sentence vector (200: at a million
     * sentences, 80 left the answer's article out of the candidates for 1 question in 5; experiments.md).
     */
    @WithDefault("200")
    int vectorCandidates();

    /** Sentences taken from the full-text search. */
    @WithDefault("200")
    int textCandidates();

    /**
     * Sentences the full-text search may rank, as PostgreSQL's statistics estimate them: the question's
     * terms are taken rarest first while their matches fit (the rarest always), so a word most of a large
     * archive shares ("year", "said") is not ranked across every sentence that has it.
     */
    @WithDefault("3000")
    int textMatchBudget();

    /**
     * Whether the full-text search also matches the sentences that hold every term left out by the budget
     * (when two or more are): a sentence sharing all of a question's common words is rarely a chance match.
     */
    @WithDefault("true")
    boolean textCommonTermsTogether();

    /** HNSW ef_search (never below vector-candidates): larger finds true neighbours more often, at some cost in time. */
    @WithDefault("400")
    int efSearch();

    /** The learned ranker. */
    Ranker ranker();

    /**
     * Settings of the ranker; its learned score of {@link RankingFeatures} is a model file
     * ({@code models/ranker.json}, written by {@code RankerTraining}).
     */
    interface Ranker {

        /**
         * Added to the score of a sentence whose article is recent (see Recency): published in the days
         * before the newest story on the subject, or in the period the question names; 0 turns the
         * recency prior off. Tuned on the development set.
         */
        @WithDefault("0.0")
        double recentBonus();

        /**
         * The news of the day asked on: the newest candidate whose score without the prior is within this
         * margin of the best and that came out in the recent days before that day anchors the recent window.
         */
        @WithDefault("5.0")
        double newsMargin();

        /** The news margin when the question points at the day of asking ("this week", "latest", TimeCues). */
        @WithDefault("10.0")
        double cueNewsMargin();

        /**
         * Without such news, the story asked about is older: the newest candidate within this margin of
         * the best anchors the window (0: the best candidate's own day), so the sentences of the same
         * story gain, not this week's unrelated news nor a newer story that only shares its words.
         */
        @WithDefault("0.0")
        double subjectMargin();
    }
}
