package io.newsdesk.answer;

import io.newsdesk.answer.question.CrudeStemmer;
import io.newsdesk.answer.question.QuestionAnalysis;
import io.newsdesk.retrieval.RankedSentence;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which retrieved sentences a not-found answer may show as related: only those on the question's
 * subject. The subject is the names the question holds (capitalised words after its first); a
 * question without names is about its focus terms, and a sentence must then share at least two of
 * them (or the only one). A sentence that merely matched a common word is not shown.
 */
final class RelatedSentences {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private RelatedSentences() {}

    static List<RankedSentence> onSubject(QuestionAnalysis analysis, List<RankedSentence> ranked) {
        Set<String> names = names(analysis.question());
        Set<String> focus =
                analysis.focusTerms().stream().map(RelatedSentences::stem).collect(Collectors.toSet());
        Set<String> subject = names.isEmpty() ? focus : names;
        int needed = names.isEmpty() ? Math.min(2, subject.size()) : 1;
        if (needed == 0) {
            return List.of();
        }
        return ranked.stream()
                .filter(sentence -> shared(subject, stems(sentence.sentence().text())) >= needed)
                .toList();
    }

    private static Set<String> names(String question) {
        Matcher word = WORD.matcher(question);
        Set<String> names = new HashSet<>();
        boolean first = true;
        while (word.find()) {
            String w = word.group();
            if (!first && Character.isUpperCase(w.charAt(0))) {
                names.add(stem(w));
            }
            first = false;
        }
        return names;
    }

    private static Set<String> stems(String text) {
        Matcher word = WORD.matcher(text);
        Set<String> stems = new HashSet<>();
        while (word.find()) {
            stems.add(stem(word.group()));
        }
        return stems;
    }

    private static long shared(Set<String> subject, Set<String> words) {
        return subject.stream().filter(words::contains).count();
    }

    private static String stem(String word) {
        return CrudeStemmer.stem(word.toLowerCase(Locale.ROOT));
    }
}
