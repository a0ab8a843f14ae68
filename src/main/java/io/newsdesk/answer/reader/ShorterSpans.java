package io.newsdesk.answer.reader;

import io.newsdesk.answer.question.AnswerType;
import io.newsdesk.answer.question.CrudeStemmer;
import io.newsdesk.answer.question.NounClass;
import io.newsdesk.answer.question.NounClasses;
import io.newsdesk.answer.question.QuestionCues;
import io.newsdesk.answer.question.TaggedSentence;
import io.newsdesk.answer.question.WordLists;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Offers shorter forms of common-noun phrases as candidates of their own, for the score to choose
 * between: without the words the phrase shares with the question at its edges ("false alarm calls"
 * for "what type of calls" gives "false alarm"), without its leading adjectives ("venomous snake"
 * gives "snake"), or both ("Danish oat milk" for "milk made from which grain" gives "oat"), or as the
 * one noun of it that is of the class the question asks for ("football clubs" for "which sport"
 * gives "football"). A phrase WordNet knows whole ("sesame seeds", "dark chocolate") is not cut;
 * names are not either ("Northwind Airlines" for "which airline").
 */
final class ShorterSpans {

    private static final Set<String> EDGE_TAGS = Set.of("DET", "ADP", "PART", "PUNCT", "CCONJ", "SCONJ", "AUX");

    private final Supplier<NounClasses> nouns;

    ShorterSpans(Supplier<NounClasses> nouns) {
        this.nouns = nouns;
    }

    void find(TaggedSentence s, QuestionCues cues, List<Mention> into) {
        List<Mention> found = new ArrayList<>();
        for (Mention m : into) {
            if (m.viaReference()
                    || m.type() != AnswerType.DESCRIPTION
                    || nouns.get().isNoun(m.text())) {
                continue;
            }
            int[] trimmed = withoutQuestionWords(s, cues, m);
            offer(s, trimmed, m, into, found);
            if (trimmed[0] < trimmed[1]) {
                offer(s, withoutAdjectives(s, trimmed[0], trimmed[1]), m, into, found);
            }
            offer(s, withoutAdjectives(s, m.firstToken(), m.endToken()), m, into, found);
            offerNounsOfClass(s, cues.analysis().expectedClasses(), m, into, found);
        }
        into.addAll(found);
    }

    /**
     * "football clubs" for "which sport": when the phrase is not of the class the question asks
     * for, each of its nouns that is ("football") is a candidate of its own.
     */
    private void offerNounsOfClass(
            TaggedSentence s, Set<NounClass> expected, Mention m, List<Mention> into, List<Mention> found) {
        if (expected.isEmpty()
                || m.endToken() - m.firstToken() < 2
                || nouns.get().ofPhrase(m.text()).stream().anyMatch(expected::contains)) {
            return;
        }
        for (int i = m.firstToken(); i < m.endToken(); i++) {
            boolean ofClass = s.tags()[i].equals("NOUN")
                    && nouns.get().ofPhrase(s.tokens()[i]).stream().anyMatch(expected::contains);
            if (ofClass) {
                offer(s, new int[] {i, i + 1}, m, into, found);
            }
        }
    }

    /** The token range {first, end} of the span without question words at its edges, or null. */
    private static int[] withoutQuestionWords(TaggedSentence s, QuestionCues cues, Mention m) {
        int first = m.firstToken();
        int end = m.endToken();
        while (first < end && (inQuestion(s, cues, first) || EDGE_TAGS.contains(s.tags()[first]))) {
            first++;
        }
        while (end > first && (inQuestion(s, cues, end - 1) || EDGE_TAGS.contains(s.tags()[end - 1]))) {
            end--;
        }
        return new int[] {first, end};
    }

    private static boolean inQuestion(TaggedSentence s, QuestionCues cues, int i) {
        String word = s.lower(i);
        return !WordLists.STOP_WORDS.contains(word)
                && (cues.questionStems().contains(CrudeStemmer.stem(s.tokens()[i]))
                        || cues.namedInQuestion(s.tokens()[i]));
    }

    /** The tokens from {@code first} to {@code end} from the first noun on (the same range when one opens it). */
    private static int[] withoutAdjectives(TaggedSentence s, int first, int end) {
        int noun = first;
        while (noun < end && s.tags()[noun].equals("ADJ")) {
            noun++;
        }
        return new int[] {noun, end};
    }

    private static void offer(TaggedSentence s, int[] range, Mention m, List<Mention> into, List<Mention> found) {
        if (range == null || range[0] >= range[1] || range[0] == m.firstToken() && range[1] == m.endToken()) {
            return;
        }
        Mention shorter = Mention.of(s, range[0], range[1], m.type());
        boolean hasLetter = shorter.text().chars().anyMatch(Character::isLetter);
        boolean known =
                into.stream().anyMatch(o -> same(o, shorter)) || found.stream().anyMatch(o -> same(o, shorter));
        if (hasLetter && !known) {
            found.add(shorter);
        }
    }

    private static boolean same(Mention a, Mention b) {
        return a.firstToken() == b.firstToken() && a.endToken() == b.endToken();
    }
}
