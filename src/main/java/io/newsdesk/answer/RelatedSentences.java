package io.newsdesk.answer;

import io.newsdesk.answer.question.QuestionAnalysis;
import io.newsdesk.retrieval.RankedSentence;
import io.newsdesk.retrieval.TermMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which retrieved sentences a not-found answer may show as related: only those on the question's
 * subject. The subject is the names the question holds (capitalised words after its first): a
 * sentence must hold one of them. A question without names is about its focus terms, and a sentence
 * must then hold at least two of them (or the only one), as its retrieval coverage says. A sentence
 * that merely matched a common word is not shown.
 */
final class RelatedSentences {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private RelatedSentences() {}

    static List<RankedSentence> onSubject(QuestionAnalysis analysis, List<RankedSentence> ranked) {
        List<String> names = names(analysis.question());
        if (!names.isEmpty()) {
            return ranked.stream()
                    .filter(sentence -> TermMatcher.coverage(
                                    names, List.of(sentence.sentence().text()))
                            > 0)
                    .toList();
        }
        int focus = analysis.focusTerms().size();
        int needed = Math.min(2, focus);
        if (needed == 0) {
            return List.of();
        }
        return ranked.stream()
                .filter(sentence -> Math.round(sentence.coverage() * focus) >= needed)
                .toList();
    }

    private static List<String> names(String question) {
        List<String> names = new ArrayList<>();
        Matcher word = WORD.matcher(question);
        for (boolean first = true; word.find(); first = false) {
            if (!first && Character.isUpperCase(word.group().charAt(0))) {
                names.add(word.group());
            }
        }
        return names;
    }
}
