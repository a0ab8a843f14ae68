package io.newsdesk.answer.reader;

import io.newsdesk.answer.question.AnswerType;
import io.newsdesk.answer.question.CrudeStemmer;
import io.newsdesk.answer.question.QuestionCues;
import io.newsdesk.answer.question.TaggedSentence;
import io.newsdesk.answer.question.WordLists;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Describes one mention in one evidence sentence by its {@link CandidateFeatures}: type match,
 * retrieval score and rank of the sentence, closeness to the question's focus words, focus
 * coverage, overlap with the question, subject role and head-noun adjacency. Cross-sentence votes
 * are added later by the extractor.
 */
final class CandidateScorer {

    private static final Map<String, Set<String>> GAZETTEERS = Map.of(
            CrudeStemmer.stem("country"),
            WordLists.COUNTRIES,
            CrudeStemmer.stem("nation"),
            WordLists.COUNTRIES,
            CrudeStemmer.stem("state"),
            WordLists.US_STATES);

    private static final Set<String> BETWEEN_SUBJECT_AND_VERB = Set.of("AUX", "ADV", "PART", "PUNCT", "DET");
    /** Type match of a country or an organisation that is the subject of a "who" question's verb. */
    private static final double AGENT = 1.0;

    /** A count that gives no number ("millions", "dozens", "several hundreds of") answers "how many" only half. */
    private static final Pattern VAGUE_COUNT =
            Pattern.compile("(?i)(?:a few |several )?(?:dozens|hundreds|thousands" + "|millions|billions)(?: of)?");

    private static final double VAGUE = 0.5;

    private CandidateScorer() {}

    private static double typeMatch(QuestionCues cues, Mention m, boolean subject) {
        double match = TypeCompatibility.score(cues.expectedType(), m.type());
        if (subject && cues.expectedType() == AnswerType.PERSON && actsAsPerson(m.type())) {
            return Math.max(AGENT, match);
        }
        return match > 0 && VAGUE_COUNT.matcher(m.text()).matches() ? match * VAGUE : match;
    }

    /** Feature vectors for every mention of a sentence; {@code null} marks mentions to drop. */
    static double[][] features(QuestionCues cues, SentenceContext context, List<Mention> mentions) {
        List<Integer> focusPositions = new ArrayList<>();
        int covered = focusMatches(cues, context.tagged(), focusPositions);
        double coverage = cues.focusStems().isEmpty()
                ? 0
                : covered / (double) cues.focusStems().size();
        int verb = verbPosition(cues.subjectVerbStem(), context.tagged());
        double[][] features = new double[mentions.size()][];
        for (int k = 0; k < mentions.size(); k++) {
            features[k] = features(cues, context, mentions.get(k), coverage, focusPositions, verb);
        }
        return features;
    }

    private static double[] features(
            QuestionCues cues, SentenceContext context, Mention m, double coverage, List<Integer> focus, int verb) {
        double overlap = questionOverlap(cues, m);
        if (overlap >= 1.0) {
            return null;
        }
        TaggedSentence s = context.tagged();
        double[] f = new double[CandidateFeatures.NAMES.size()];
        boolean subject = verb >= m.endToken() && onlyFunctionWordsBetween(s, m.endToken(), verb);
        f[CandidateFeatures.TYPE_MATCH] = typeMatch(cues, m, subject);
        f[CandidateFeatures.RETRIEVAL] = context.normalisedRetrieval();
        f[CandidateFeatures.RANK] = 1.0 / (1.0 + context.rank());
        f[CandidateFeatures.PROXIMITY] = proximity(m, focus);
        f[CandidateFeatures.FOCUS_COVERAGE] = coverage;
        f[CandidateFeatures.QUESTION_OVERLAP] = overlap;
        f[CandidateFeatures.QUESTION_ECHO] = echo(cues, m);
        f[CandidateFeatures.SUBJECT_ROLE] = subject ? 1 : 0;
        f[CandidateFeatures.HEAD_NOUN] = headNoun(cues, s, m);
        f[CandidateFeatures.VIA_REFERENCE] = m.viaReference() ? 1 : 0;
        f[CandidateFeatures.OPENS_SENTENCE] = opensSentence(s, m) ? 1 : 0;
        f[CandidateFeatures.WORDS] = Math.log(m.text().split("\\s+").length);
        f[CandidateFeatures.DESCRIPTION] = m.type() == AnswerType.DESCRIPTION ? 1 : 0;
        f[CandidateFeatures.RETRIEVAL_GAP] = context.retrievalGap();
        return f;
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
            inQuestion += cues.questionStems().contains(lastStem) || cues.namedInQuestion(w) ? 1 : 0;
        }
        if (content == 0 || inQuestion == content || cues.questionStems().contains(acronym(m.text()))) {
            return 1.0;
        }
        boolean headLast = lastStem != null && lastStem.equals(cues.headStem()) && m.type() != AnswerType.DESCRIPTION;
        return (inQuestion - (headLast ? 1 : 0)) / (double) content;
    }

    /**
     * Share of the candidate's content words that the question has, none forgiven: "12 hours" for
     * "how many hours", "Grand Hotel" for "which hotel" half restate the question.
     */
    private static double echo(QuestionCues cues, Mention m) {
        int content = 0;
        int inQuestion = 0;
        for (String w : m.text().split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !WordLists.STOP_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                content++;
                inQuestion += cues.questionStems().contains(CrudeStemmer.stem(w)) || cues.namedInQuestion(w) ? 1 : 0;
            }
        }
        return content == 0 ? 0 : inQuestion / (double) content;
    }

    /** A country or an organisation does what a "who" question asks about when it is the verb's subject. */
    private static boolean actsAsPerson(AnswerType type) {
        return type == AnswerType.ORGANIZATION || type == AnswerType.LOCATION || type == AnswerType.NAME;
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
        boolean after = m.endToken() < s.size()
                && CrudeStemmer.stem(s.tokens()[m.endToken()]).equals(head);
        boolean before = m.firstToken() > 0
                && CrudeStemmer.stem(s.tokens()[m.firstToken() - 1]).equals(head);
        boolean inside = m.type() != AnswerType.DESCRIPTION
                && CrudeStemmer.stem(s.tokens()[m.endToken() - 1]).equals(cues.headStem());
        return after || before || inside || inGazetteer(head, m.text()) ? 1 : 0;
    }

    /**
     * "Which country ...?" is answered by a country's name (or, for "which two countries", a pair of
     * them) whether or not the word "country" stands by it; likewise "which state ...?" by a US state.
     */
    private static boolean inGazetteer(String headStem, String text) {
        Set<String> names = GAZETTEERS.get(headStem);
        if (names == null) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (names.contains(lower)) {
            return true;
        }
        for (String part : lower.split(",\\s+(?:and\\s+)?|\\s+and\\s+")) {
            if (!names.contains(part)) {
                return false;
            }
        }
        return true;
    }
}
