package io.newsdesk.answer;

import io.smallrye.config.ConfigMapping;
import java.util.List;
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
     * Below this confidence the answer is `not_found` even when the evidence gate lets it through:
     * a floor for answers that would be guesses (requests may set their own, `min_confidence`).
     */
    @WithDefault("0.0")
    double threshold();

    /**
     * Below this evidence score the answer is `not_found`: the archive most likely does not hold the
     * story the question is about (calibrated on withheld-article runs, see README; requests may set
     * their own, `min_evidence`).
     */
    @WithDefault("0.5")
    double evidenceThreshold();

    /**
     * After the sentences holding the answer, the other citations are ordered by their ranking score
     * plus this weight times how far their best candidate answer falls behind the chosen one (see
     * CitationBuilder); 0 keeps the ranking order. Tuned on the development set (README, Quality).
     */
    @WithDefault("0.5")
    double citationSupportWeight();

    /**
     * For a question that says the day it is asked on, an article published this many days before it (or
     * the day after) is recent: the dated evidence features and the ranker's recent bonus read it (Recency).
     */
    @WithDefault("7")
    int recentDays();

    /** Related sentences listed with a `not_found` answer. */
    @WithDefault("3")
    int relatedSentences();

    /** Logistic calibration of confidence (the probability the answer is right) from the evidence features. */
    Calibration calibration();

    /**
     * Logistic model of the evidence score (the probability the archive holds the story the question is
     * about) from the same features; it decides `not_found`.
     */
    Calibration evidence();

    /**
     * The confidence of a question that says the day it is asked on (`as_of`): the same features, fitted on
     * questions asked so (their ranking favours recent news, so they come out differently).
     */
    Calibration datedCalibration();

    /**
     * The evidence score of a question that says the day it is asked on (`as_of`): the same features and
     * three on how near the evidence is to that day; it decides `not_found` in place of {@link #evidence()}.
     */
    DatedEvidence datedEvidence();

    /** score = sigmoid(bias + sum of weight * feature) over {@link ConfidenceFeatures#DATED_NAMES}. */
    interface DatedEvidence {

        /** Intercept. */
        @WithDefault("-6.0")
        double bias();

        /** One weight per feature, in the order of ConfidenceFeatures.DATED_NAMES. */
        @WithDefault("1.5,0,0,2.0,0,0.5,0,0,0,0,0,0,0,0,2.0,0,0")
        List<Double> weights();

        /** Below this dated evidence score the answer is `not_found` (requests may set their own, `min_evidence`). */
        @WithDefault("0.5")
        double threshold();

        /**
         * The confidence floor for dated questions (in place of {@link AnswerConfig#threshold()}): the dated
         * evidence score separates the stories the archive lacks well enough that a floor mostly costs right
         * answers (README, Quality).
         */
        @WithDefault("0.0")
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

    /** The reader's candidate scoring. */
    Reader reader();

    /** A learned score over {@link CandidateFeatures#NAMES} (see ExtractorWeights); fitted by `scripts/tool.sh ReaderTraining`. */
    interface Reader {

        /**
         * One weight per feature in the order of CandidateFeatures.NAMES, optionally followed by one per pair of
         * features (a quadratic score, see LearnedScore); default: the hand-set linear weights.
         */
        @WithDefault("2.0,0.6,0.6,1.5,1.0,-1.5,1.0,0.6,-0.2,0.4,0.5,0.2,0.25,0,0,0")
        List<Double> weights();
    }

    /**
     * score = sigmoid(bias + sum of weight * feature) over {@link ConfidenceFeatures#NAMES}; fitted by
     * logistic regression in `make eval` (see README).
     */
    interface Calibration {

        /** Intercept. */
        @WithDefault("-6.0")
        double bias();

        /** One weight per feature, in the order of ConfidenceFeatures.NAMES. */
        @WithDefault("1.5,0,0,2.0,0,0.5,0,0,0,0,0,0,0,0")
        List<Double> weights();
    }
}
