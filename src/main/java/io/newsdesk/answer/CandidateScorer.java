package io.newsdesk.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Scores one mention in one evidence sentence with the linear combination of
 * {@link ExtractorWeights}: type match, retrieval score and rank of the sentence, closeness to
 * the question's focus words, focus coverage, overlap with the question, subject role and
 * head-noun adjacency. Cross-sentence votes are added later by the extractor.
 */
final class CandidateScorer {

    private static final Set<String> BETWEEN_SUBJECT_AND_VERB = Set.of("AUX", "ADV", "PART", "PUNCT", "DET");

    private final ExtractorWeights weights;

    CandidateScorer(ExtractorWeights weights) {
        this.weights = weights;
    }

    /** Scores for every mention of a sentence; {@code NaN} marks mentions to drop. */
    double[] score(QuestionCues cues, SentenceContext context, List<Mention> mentions) {
        List<Integer> focusPositions = new ArrayList<>();
        int covered = focusMatches(cues, context.tagged(), focusPositions);
        double coverage = cues.focusStems().isEmpty() ? 0 : covered / (double) cues.focusStems().size();
        double base = weights.retrieval() * context.normalisedRetrieval() + weights.rank() / (1.0 + context.rank())
            + weights.focusCoverage() * coverage;
        int verb = verbPosition(cues.subjectVerbStem(), context.tagged());
        double[] scores = new double[mentions.size()];
        for (int k = 0; k < mentions.size(); k++) {
            scores[k] = score(cues, context.tagged(), mentions.get(k), base, focusPositions, verb);
        }
        return scores;
    }

    private double score(QuestionCues cues, TaggedSentence s, Mention m, double base, List<Integer> focus,
            int verb) {
        double overlap = questionOverlap(cues, m);
        if (overlap >= 1.0) {
            return Double.NaN;
        }
        double compat = TypeCompatibility.score(cues.expectedType(), m.type());
        double subject = verb >= m.endToken() && onlyFunctionWordsBetween(s, m.endToken(), verb) ? 1 : 0;
        return base + weights.typeMatch() * compat + weights.proximity() * proximity(m, focus)
            - weights.questionOverlap() * overlap + weights.subjectRole() * subject
            + weights.headNounMatch() * headNoun(cues, s, m) - (m.viaReference() ? weights.coreference() : 0)
            + (opensSentence(s, m) ? weights.leadPosition() : 0);
    }

    private static boolean opensSentence(TaggedSentence s, Mention m) {
        for (int i = 0; i < m.firstToken(); i++) {
            if (!s.tags()[i].equals("PUNCT") && !s.tags()[i].equals("DET")) {
                return false;
            }
        }
        return true;
    }

    private static int focusMatches(QuestionCues cues, TaggedSentence s, List<Integer> positions) {
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < s.size(); i++) {
            String stem = CrudeStemmer.stem(s.tokens()[i]);
            if (cues.focusStems().contains(stem)) {
                positions.add(i);
                seen.add(stem);
            }
        }
        return seen.size();
    }

    private static int verbPosition(String verbStem, TaggedSentence s) {
        if (verbStem == null) {
            return -1;
        }
        for (int i = 0; i < s.size(); i++) {
            if (CrudeStemmer.stem(s.tokens()[i]).equals(verbStem)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean onlyFunctionWordsBetween(TaggedSentence s, int from, int to) {
        if (to - from > 4) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!BETWEEN_SUBJECT_AND_VERB.contains(s.tags()[i]) || s.tokens()[i].equals(",")) {
                return false;
            }
        }
        return true;
    }

    private static double proximity(Mention m, List<Integer> focus) {
        int best = Integer.MAX_VALUE;
        for (int p : focus) {
            int d = p < m.firstToken() ? m.firstToken() - p : p >= m.endToken() ? p - m.endToken() + 1 : 0;
            best = Math.min(best, d);
        }
        return best == Integer.MAX_VALUE ? 0 : 1.0 / (1.0 + best / 4.0);
    }

    /** Share of the candidate's content words found in the question; a trailing head noun is forgiven. */
    private static double questionOverlap(QuestionCues cues, Mention m) {
        int content = 0;
        int inQuestion = 0;
        String lastStem = null;
        for (String w : m.text().split("[^\\p{L}\\p{N}]+")) {
            if (w.isEmpty() || WordLists.STOP_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            content++;
            lastStem = CrudeStemmer.stem(w);
            inQuestion += cues.questionStems().contains(lastStem) ? 1 : 0;
        }
        if (content == 0 || inQuestion == content || cues.questionStems().contains(acronym(m.text()))) {
            return 1.0;
        }
        boolean headLast = lastStem != null && lastStem.equals(cues.headStem())
            && m.type() != AnswerType.DESCRIPTION;
        return (inQuestion - (headLast ? 1 : 0)) / (double) content;
    }

    private static String acronym(String text) {
        StringBuilder initials = new StringBuilder();
        for (String w : text.split("\\s+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                initials.append(Character.toLowerCase(w.charAt(0)));
            }
        }
        return initials.length() >= 2 ? initials.toString() : "\u0000";
    }

    private static double headNoun(QuestionCues cues, TaggedSentence s, Mention m) {
        if (cues.headStem() == null) {
            return 0;
        }
        String head = cues.headStem();
        boolean after = m.endToken() < s.size() && CrudeStemmer.stem(s.tokens()[m.endToken()]).equals(head);
        boolean before = m.firstToken() > 0 && CrudeStemmer.stem(s.tokens()[m.firstToken() - 1]).equals(head);
        boolean inside = m.type() != AnswerType.DESCRIPTION
            && CrudeStemmer.stem(s.tokens()[m.endToken() - 1]).equals(cues.headStem());
        return after || before || inside ? 1 : 0;
    }
}
