package io.newsdesk.answer.reader;

import java.util.List;

/** Names and positions of the features a candidate answer is scored by (see {@link CandidateScorer}). */
public final class CandidateFeatures {

    /** Feature names, in the order of the vectors and of the reader's weights ({@link ExtractorWeights}). */
    public static final List<String> NAMES = List.of(
            "type_match",
            "retrieval",
            "rank",
            "proximity",
            "focus_coverage",
            "question_overlap",
            "subject_role",
            "head_noun",
            "via_reference",
            "opens_sentence",
            "sentence_votes",
            "article_votes",
            "short_forms",
            "words",
            "description",
            "retrieval_gap",
            "kind_similarity",
            "class_match",
            "class_mismatch",
            "question_echo");

    static final int TYPE_MATCH = 0;
    static final int RETRIEVAL = 1;
    static final int RANK = 2;
    static final int PROXIMITY = 3;
    static final int FOCUS_COVERAGE = 4;
    static final int QUESTION_OVERLAP = 5;
    static final int SUBJECT_ROLE = 6;
    static final int HEAD_NOUN = 7;
    static final int VIA_REFERENCE = 8;
    static final int OPENS_SENTENCE = 9;
    static final int SENTENCE_VOTES = 10;
    static final int ARTICLE_VOTES = 11;
    static final int SHORT_FORMS = 12;
    static final int WORDS = 13;
    static final int DESCRIPTION = 14;
    static final int RETRIEVAL_GAP = 15;
    static final int KIND_SIMILARITY = 16;
    /** The candidate is of a WordNet class the question asks for ({@link ClassMatcher}). */
    static final int CLASS_MATCH = 17;
    /** The candidate is known to WordNet, and of none of the classes the question asks for. */
    static final int CLASS_MISMATCH = 18;
    /** Share of the candidate's content words that the question already has, its head noun included. */
    static final int QUESTION_ECHO = 19;

    private CandidateFeatures() {}
}
