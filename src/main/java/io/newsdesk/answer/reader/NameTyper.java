package io.newsdesk.answer.reader;

import io.newsdesk.answer.question.AnswerType;
import io.newsdesk.answer.question.TaggedSentence;
import io.newsdesk.answer.question.WordLists;
import java.util.Locale;
import java.util.Set;

/**
 * Guesses whether a proper-name span is a person, organisation, location or other name, from word
 * lists and the words around it.
 */
final class NameTyper {

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from", "near", "across", "to");

    private NameTyper() {}

    static AnswerType type(TaggedSentence s, int first, int end) {
        String last = bare(s.lower(end - 1));
        String span = s.text().substring(s.starts()[first], s.ends()[end - 1]);
        if (WordLists.COUNTRIES.contains(span.toLowerCase(Locale.ROOT))) {
            return AnswerType.LOCATION;
        }
        if (WordLists.ORG_WORDS.contains(last) || isAcronym(s, first, end)) {
            return AnswerType.ORGANIZATION;
        }
        if (WordLists.LOCATIONS.contains(last)) {
            return AnswerType.LOCATION;
        }
        if (WordLists.EVENT_WORDS.contains(last)) {
            return AnswerType.NAME;
        }
        if (end - first > 1 && WordLists.LOCATIONS.contains(s.lower(first))) {
            return AnswerType.ORGANIZATION;
        }
        if (afterPlacePreposition(s, first)) {
            return AnswerType.LOCATION;
        }
        if (first > 0 && WordLists.PERSON_TITLES.contains(bare(s.lower(first - 1)))) {
            return AnswerType.PERSON;
        }
        return looksLikePersonName(s, first, end) ? AnswerType.PERSON : AnswerType.NAME;
    }

    private static boolean afterPlacePreposition(TaggedSentence s, int first) {
        int prev = first > 0 && s.lower(first - 1).equals("the") ? first - 2 : first - 1;
        return prev >= 0 && PLACE_PREPOSITIONS.contains(s.lower(prev));
    }

    private static boolean looksLikePersonName(TaggedSentence s, int first, int end) {
        int words = end - first;
        if (words < 2 || words > 3) {
            return false;
        }
        for (int i = first; i < end; i++) {
            String token = s.tokens()[i];
            if (!token.matches("\\p{Lu}(?:\\p{Ll}[\\p{L}'’-]*|\\.)")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAcronym(TaggedSentence s, int first, int end) {
        String token = s.tokens()[first];
        return end - first == 1
                && token.length() >= 2
                && token.length() <= 6
                && token.equals(token.toUpperCase(Locale.ROOT))
                && token.chars().allMatch(Character::isLetter)
                && !WordLists.LOCATIONS.contains(token.toLowerCase(Locale.ROOT));
    }

    private static String bare(String word) {
        return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    }
}
