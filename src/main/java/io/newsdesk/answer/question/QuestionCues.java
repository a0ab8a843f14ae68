package io.newsdesk.answer.question;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Stemmed views of a question that the scorer matches against evidence: all question words,
 * the focus words, the head noun, and the main verb when the wh-phrase is its subject
 * ("who vetoed ...", "which company launched ...").
 */
public record QuestionCues(
        QuestionAnalysis analysis,
        Set<String> questionStems,
        Set<String> questionNames,
        List<String> focusStems,
        String headStem,
        String subjectVerbStem) {

    private static final Set<String> DO_FORMS = Set.of("do", "does", "did");
    /** Shortest shared prefix, and least share of the shorter word, for a name and a word made from it. */
    private static final int MIN_ROOT = 4;

    private static final double ROOT_SHARE = 0.8;

    public QuestionCues {
        questionStems = Set.copyOf(questionStems);
        questionNames = Set.copyOf(questionNames);
        focusStems = List.copyOf(focusStems);
    }

    public static QuestionCues of(QuestionAnalysis analysis, EnglishTagger tagger) {
        Set<String> all = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (String word : analysis.question().split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                all.add(CrudeStemmer.stem(word));
            }
            if (word.length() > 1 && Character.isUpperCase(word.charAt(0))) {
                names.add(word.toLowerCase(Locale.ROOT));
            }
        }
        List<String> focus = analysis.focusTerms().stream()
                .map(CrudeStemmer::stem)
                .distinct()
                .toList();
        String head = analysis.headNoun() == null ? null : CrudeStemmer.stem(analysis.headNoun());
        TaggedSentence clause = tagger.tag(QuestionAnalyzer.questionClause(analysis.question()));
        return new QuestionCues(analysis, all, names, focus, head, subjectVerb(clause));
    }

    /**
     * Whether a capitalised word of the question is the name itself or a word made from it, as a
     * demonym is from a place ("European" from "Europe", "Mexican" from "Mexico", "Ukrainian" from
     * "Ukraine"): they share a prefix of at least four letters and four fifths of the shorter word.
     */
    public boolean namedInQuestion(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        for (String name : questionNames) {
            int shorter = Math.min(lower.length(), name.length());
            int common = 0;
            while (common < shorter && lower.charAt(common) == name.charAt(common)) {
                common++;
            }
            if (shorter >= MIN_ROOT && common >= Math.max(MIN_ROOT, Math.ceil(ROOT_SHARE * shorter))) {
                return true;
            }
        }
        return false;
    }

    private static String subjectVerb(TaggedSentence clause) {
        int i = 0;
        while (i < clause.size() && !WordLists.WH_WORDS.contains(clause.lower(i))) {
            i++;
        }
        if (i == clause.size()) {
            return null;
        }
        i++;
        while (i < clause.size() && isNominal(clause.tags()[i])) {
            i++;
        }
        while (i < clause.size()
                && (clause.tags()[i].equals("AUX") || clause.tags()[i].equals("ADV"))
                && !DO_FORMS.contains(clause.lower(i))) {
            i++;
        }
        boolean verb = i < clause.size() && clause.tags()[i].equals("VERB");
        return verb ? CrudeStemmer.stem(clause.tokens()[i]) : null;
    }

    private static boolean isNominal(String tag) {
        return tag.equals("NOUN") || tag.equals("ADJ") || tag.equals("PROPN") || tag.equals("DET") || tag.equals("NUM");
    }

    /** "which teams", "which two countries": the answer may be a pair. */
    public boolean pluralHead() {
        String head = analysis.headNoun();
        return head != null && head.endsWith("s") && !head.endsWith("ss") && !head.equals("news");
    }

    public AnswerType expectedType() {
        return analysis.expectedType();
    }
}
