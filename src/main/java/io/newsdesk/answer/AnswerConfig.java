package io.newsdesk.answer;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Extractive answering: how much evidence is read, when to abstain, how citations are chosen. */
@ConfigMapping(prefix = "newsdesk.answer")
public interface AnswerConfig {

    /** `extractive` (default, no LLM) or `llm`. */
    @WithDefault("extractive")
    String mode();

    /** Longest question accepted, in characters; longer gets 400. */
    @WithDefault("500")
    int maxQuestionLength();

    /** Sentences retrieved and read by the answer extractor. */
    @WithDefault("5")
    int sentencesToRead();

    /**
     * Retrieved sentences the confidence weighs (the sentences read, then the next best): how many of
     * them hold the answer, how much of the question the top sentence's article covers among them.
     */
    @WithDefault("10")
    int sentencesToWeigh();

    /** Citations returned when the request does not say; requests may ask for 1 to 10. */
    @WithDefault("3")
    int defaultCitations();

    /**
     * After the sentences holding the answer, the other citations are ordered by their ranking score
     * plus this weight times how far their best candidate answer falls behind the chosen one (see
     * CitationBuilder); 0 keeps the ranking order. Tuned on the development set (docs/experiments.md).
     */
    @WithDefault("0.5")
    double citationSupportWeight();

    /**
     * An article published this many days before the newest story on the subject (or the day after) is
     * recent: the date features of the confidence and the ranker's recent bonus read it (Recency).
     */
    @WithDefault("7")
    int recentDays();

    /** Related sentences listed with a `not_found` answer. */
    @WithDefault("3")
    int relatedSentences();

    /**
     * When the answer is `not_found`: floors on the two probabilities of the abstention models (model
     * files {@code models/confidence.json} and {@code evidence.json}). Requests may set their own
     * ({@code min_confidence}, {@code min_evidence}). The defaults are the ones chosen on the development
     * set (docs/quality.md).
     */
    Abstention abstention();

    /** The two floors. */
    interface Abstention {

        /**
         * Below this evidence score the answer is `not_found`: the archive most likely does not hold
         * the story asked about. With the confidence floor, the pair of the cross-validated sweep of
         * `make eval` that refuses the most withheld questions on average over its two conditions while
         * losing at most 5% of right answers as of the question's date and 10% a year later, over the development
         * set alone and with the corpus ({@code scripts/tool.sh Recalibration} on both reports).
         */
        @WithDefault("0.37")
        double evidenceFloor();

        /** Below this confidence the answer is `not_found` even when the evidence floor lets it through. */
        @WithDefault("0.15")
        double confidenceFloor();
    }

    /** Recent answers kept for repeated questions (see AnswerCache). */
    Cache cache();

    /** Answer cache bounds. */
    interface Cache {

        /** Most answers kept; 0 turns the cache off. */
        @WithDefault("10000")
        int size();

        /** Longest time an answer is reused, whatever happens on other replicas. */
        @WithDefault("60s")
        java.time.Duration ttl();
    }
}
