package io.newsdesk.answer.reader;

import io.newsdesk.answer.question.AnswerType;
import io.newsdesk.answer.question.TaggedSentence;
import io.newsdesk.answer.question.WordLists;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds proper-name mentions (runs of proper nouns and capitalised words, joined by "of", "the",
 * "&amp;", "de"...), short quoted titles, and plain noun phrases ({@code ADJ* NOUN+}).
 */
final class NameMentionFinder {

    private static final Set<String> JOINERS =
            Set.of("of", "the", "&", "de", "du", "la", "le", "von", "van", "der", "al", "bin", "da", "del", "y", "and");
    private static final Set<String> NOT_NAMES = Set.of(
            "i", "mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.", "st", "the", "a", "an", "but", "and", "it", "he",
            "she", "they", "we", "in", "on", "this", "that");
    private static final Set<String> OF_HEADS = Set.of(
            "museum",
            "church",
            "house",
            "city",
            "state",
            "states",
            "republic",
            "kingdom",
            "isle",
            "isles",
            "gulf",
            "bay",
            "sea",
            "cape",
            "duke",
            "duchess",
            "order",
            "school",
            "hall",
            "statue",
            "tower",
            "festival",
            "battle",
            "war",
            "day",
            "bureau",
            "centre",
            "center",
            "lady",
            "mount",
            "lake",
            "straits",
            "strait",
            "federation",
            "academy",
            "chamber",
            "dean");
    private static final Set<String> NEWS_AGENCIES = Set.of("cnn", "reuters", "afp", "ap", "bbc", "getty", "pa");
    private static final Set<String> QUOTES_OPEN = Set.of("\"", "“", "‘", "'");

    private NameMentionFinder() {}

    static void findNames(TaggedSentence s, List<Mention> into) {
        int i = 0;
        while (i < s.size()) {
            if (!isNameToken(s, i)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < s.size()
                    && (isNameToken(s, end)
                            || joins(s, end)
                            || attachedHyphen(s, end)
                            || initialDot(s, end)
                            || continuesName(s, end))) {
                end += attachedHyphen(s, end) ? 2 : 1;
            }
            addName(s, i, end, into);
            i = end;
        }
    }

    /** Lone adjectives, demonyms ("Japanese", "Swedish") and month or weekday names are not answers here. */
    private static boolean notAName(TaggedSentence s, int i) {
        String word = s.lower(i);
        boolean demonym = word.matches(".*(ese|ians?|ish|eans?|ic)") && !WordLists.LOCATIONS.contains(word);
        boolean modifier = s.tags()[i].equals("ADJ") && i + 1 < s.size() && s.tags()[i + 1].equals("NOUN");
        return modifier
                || demonym
                || WordLists.MONTHS.contains(word)
                || WordLists.WEEKDAYS.contains(word)
                || NEWS_AGENCIES.contains(word);
    }

    /** "John F. Kennedy": the tokenizer splits the initial's full stop off; the name goes on after it. */
    private static boolean initialDot(TaggedSentence s, int i) {
        String previous = s.tokens()[i - 1];
        return s.tokens()[i].equals(".")
                && previous.length() == 1
                && Character.isUpperCase(previous.charAt(0))
                && s.ends()[i - 1] == s.starts()[i]
                && i + 1 < s.size()
                && isNameToken(s, i + 1);
    }

    /**
     * "David Attenborough" tagged as a name and a preposition: inside a sentence, a capitalised word
     * right after a proper noun continues the name whatever its tag, unless it is a function word.
     */
    private static boolean continuesName(TaggedSentence s, int i) {
        String token = s.tokens()[i];
        return s.isProperNoun(i - 1)
                && Character.isUpperCase(token.charAt(0))
                && token.length() > 1
                && !token.equals(token.toUpperCase(java.util.Locale.ROOT))
                && !WordLists.STOP_WORDS.contains(s.lower(i))
                && !NOT_NAMES.contains(s.lower(i))
                && !WordLists.MONTHS.contains(s.lower(i))
                && !WordLists.WEEKDAYS.contains(s.lower(i));
    }

    /** "Chick-fil-A", "Blink-182": a hyphen touching both neighbours keeps the name going. */
    private static boolean attachedHyphen(TaggedSentence s, int i) {
        return s.tokens()[i].equals("-")
                && i + 1 < s.size()
                && s.ends()[i - 1] == s.starts()[i]
                && s.ends()[i] == s.starts()[i + 1];
    }

    private static void addName(TaggedSentence s, int first, int end, List<Mention> into) {
        boolean dateline =
                first > 0 && end < s.size() && s.tokens()[first - 1].equals("(") && s.tokens()[end].equals(")");
        boolean agency = NEWS_AGENCIES.contains(s.lower(end - 1));
        if (dateline || agency || end - first == 1 && notAName(s, first)) {
            return;
        }
        while (end > first && JOINERS.contains(s.lower(end - 1))) {
            end--;
        }
        if (end <= first) {
            return;
        }
        int title = lastTitle(s, first, end);
        Mention mention = title < 0
                ? Mention.of(s, first, end, NameTyper.type(s, first, end))
                : Mention.of(s, title + 1, end, AnswerType.PERSON);
        if (into.stream().noneMatch(mention::overlaps)) {
            into.add(mention);
        }
    }

    /** Index of the last title word ("President", "Secretary General") before the final word, or -1. */
    private static int lastTitle(TaggedSentence s, int first, int end) {
        for (int i = end - 2; i >= first; i--) {
            if (WordLists.PERSON_TITLES.contains(s.lower(i).replace(".", ""))) {
                return s.isProperNoun(end - 1) ? i : -1;
            }
        }
        return -1;
    }

    private static boolean isNameToken(TaggedSentence s, int i) {
        String token = s.tokens()[i];
        boolean symbol = !Character.isLetterOrDigit(token.charAt(0));
        if (symbol || NOT_NAMES.contains(token.toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        String tag = s.tags()[i];
        if (tag.equals("PROPN")) {
            return true;
        }
        boolean capital = Character.isUpperCase(token.charAt(0));
        boolean opensName = i > 0 || s.size() > 1 && Character.isUpperCase(s.tokens()[1].charAt(0));
        return capital && opensName && (tag.equals("NOUN") || tag.equals("ADJ") || tag.equals("X"))
                || tag.equals("NUM") && i > 0 && s.isProperNoun(i - 1) && !token.contains(",");
    }

    /** "University of ...", "Bank of ...", "Secretary of ..." but not "Anna Berg of Northwind". */
    private static boolean takesOf(String word) {
        return WordLists.ORG_WORDS.contains(word) || WordLists.PERSON_TITLES.contains(word) || OF_HEADS.contains(word);
    }

    private static boolean joins(TaggedSentence s, int i) {
        String word = s.lower(i);
        boolean joiner = JOINERS.contains(word) && !word.equals("and") || word.equals("-");
        if (word.equals("of") && !takesOf(s.lower(i - 1))) {
            return false;
        }
        if (word.equals("of") && i + 2 < s.size() && s.lower(i + 1).equals("the")) {
            return isNameToken(s, i + 2);
        }
        return joiner && i + 1 < s.size() && isNameToken(s, i + 1);
    }

    /** For plural questions ("which two countries"): adds "Sweden and Finland" from two names joined by "and". */
    static void findCoordinated(TaggedSentence s, List<Mention> into) {
        List<Mention> found = new ArrayList<>();
        for (Mention left : into) {
            int and = left.endToken();
            if (left.viaReference() || and + 1 >= s.size() || !s.lower(and).equals("and")) {
                continue;
            }
            for (Mention right : into) {
                if (right.firstToken() == and + 1 && right.type() == left.type() && !right.viaReference()) {
                    Mention pair = Mention.of(s, left.firstToken(), right.endToken(), left.type());
                    found.add(pair);
                }
            }
        }
        into.addAll(found);
    }

    /** Adds quoted spans of one to six tokens (titles of shows, songs, words) as names. */
    static void findQuoted(TaggedSentence s, List<Mention> into) {
        for (int i = 0; i < s.size(); i++) {
            if (!QUOTES_OPEN.contains(s.tokens()[i])) {
                continue;
            }
            for (int j = i + 2; j < Math.min(s.size(), i + 8); j++) {
                if (isClosingQuote(s.tokens()[j], s.tokens()[i])) {
                    int end = j;
                    while (end > i + 1 && s.tags()[end - 1].equals("PUNCT")) {
                        end--;
                    }
                    if (end == i + 1) {
                        break;
                    }
                    // A quoted title ("Comedian") is a name; a quoted common word ('banana') is not.
                    AnswerType type = capitalised(s, i + 1, end) ? AnswerType.NAME : AnswerType.DESCRIPTION;
                    Mention quoted = Mention.of(s, i + 1, end, type);
                    into.removeIf(m -> m.overlaps(quoted) && m.type() != AnswerType.DATE);
                    into.add(quoted);
                    i = j;
                    break;
                }
            }
        }
    }

    private static boolean capitalised(TaggedSentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!s.tokens()[k].isEmpty() && Character.isUpperCase(s.tokens()[k].codePointAt(0))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isClosingQuote(String token, String open) {
        return switch (open) {
            case "“" -> token.equals("”");
            case "‘" -> token.equals("’");
            default -> token.equals(open);
        };
    }

    /**
     * Adds {@code ADJ* NOUN+} noun phrases not overlapping already found mentions, and runs of
     * adjectives with no noun after them whose last word is a noun after all ({@code isNoun}): the
     * tagger's "added sesame/ADJ to", or a colour standing alone ("painted the door white").
     */
    static void findNounPhrases(TaggedSentence s, List<Mention> into, Predicate<String> isNoun) {
        int i = 0;
        while (i < s.size()) {
            int first = i;
            while (i < s.size() && s.tags()[i].equals("ADJ")) {
                i++;
            }
            int nounStart = i;
            while (i < s.size() && (s.tags()[i].equals("NOUN") || s.tags()[i].equals("PROPN"))) {
                i++;
            }
            boolean adjectiveNoun = i == nounStart && i > first && isNoun.test(s.lower(i - 1));
            if (i > nounStart || adjectiveNoun) {
                Mention np = Mention.of(s, first, i, AnswerType.DESCRIPTION);
                if (into.stream().noneMatch(np::overlaps)) {
                    into.add(np);
                }
            }
            if (i == first) {
                i++;
            }
        }
    }
}
