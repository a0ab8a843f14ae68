package io.newsdesk.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Stemmed views of a question that the scorer matches against evidence: all question words,
 * the focus words, the head noun, and the main verb when the wh-phrase is its subject
 * ("who vetoed ...", "which company launched ...").
 */
record QuestionCues(QuestionAnalysis analysis, Set<String> questionStems, List<String> focusStems,
        String headStem, String subjectVerbStem) {

    private static final Set<String> DO_FORMS = Set.of("do", "does", "did");

    QuestionCues {
        questionStems = Set.copyOf(questionStems);
        focusStems = List.copyOf(focusStems);
    }

    static QuestionCues of(QuestionAnalysis analysis, EnglishTagger tagger) {
        Set<String> all = new HashSet<>();
        for (String word : analysis.question().split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                all.add(CrudeStemmer.stem(word));
            }
        }
        List<String> focus = analysis.focusTerms().stream().map(CrudeStemmer::stem).distinct().toList();
        String head = analysis.headNoun() == null ? null : CrudeStemmer.stem(analysis.headNoun());
        TaggedSentence clause = tagger.tag(QuestionAnalyzer.questionClause(analysis.question()));
        return new QuestionCues(analysis, all, focus, head, subjectVerb(clause));
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
        while (i < clause.size() && (clause.tags()[i].equals("AUX") || clause.tags()[i].equals("ADV"))
            && !DO_FORMS.contains(clause.lower(i))) {
            i++;
        }
        boolean verb = i < clause.size() && clause.tags()[i].equals("VERB");
        return verb ? CrudeStemmer.stem(clause.tokens()[i]) : null;
    }

    private static boolean isNominal(String tag) {
        return tag.equals("NOUN") || tag.equals("ADJ") || tag.equals("PROPN") || tag.equals("DET")
            || tag.equals("NUM");
    }

    /** "which teams", "which two countries": the answer may be a pair. */
    boolean pluralHead() {
        String head = analysis.headNoun();
        return head != null && head.endsWith("s") && !head.endsWith("ss") && !head.equals("news");
    }

    AnswerType expectedType() {
        return analysis.expectedType();
    }
}
