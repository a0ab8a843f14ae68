package io.newsdesk.answer.question;

import java.util.Set;

/**
 * The wh-phrase of a question ("which car company", "how many", "when") with the answer type it
 * asks for.
 */
record WhPhrase(String whWord, String headNoun, AnswerType type) {

    private static final Set<String> MONEY_NOUNS =
            Set.of("money", "cost", "price", "dollars", "pounds", "euros", "funding", "fine", "worth");
    private static final Set<String> AUXILIARIES = Set.of(
            "is", "are", "was", "were", "be", "been", "do", "does", "did", "has", "have", "had", "will", "would", "can",
            "could", "should", "may", "might", "must", "'s", "’s", "that", "which", "who");
    private static final Set<String> CLOSED_TAGS =
            Set.of("PRON", "ADP", "PUNCT", "CCONJ", "SCONJ", "PART", "DET", "AUX");
    private static final Set<String> SKIP = Set.of(
            "the",
            "a",
            "an",
            "of",
            "following",
            "these",
            "those",
            "is",
            "are",
            "was",
            "were",
            "will",
            "be",
            "'s",
            "’s",
            "kind",
            "type",
            "sort",
            "this",
            "that");

    static WhPhrase of(TaggedSentence clause, int wh) {
        if (wh < 0) {
            return new WhPhrase(null, null, AnswerType.DESCRIPTION);
        }
        String word = clause.lower(wh);
        return switch (word) {
            case "who", "whom", "whose" -> new WhPhrase(word, null, AnswerType.PERSON);
            case "when" -> new WhPhrase(word, null, AnswerType.DATE);
            case "where" -> new WhPhrase(word, null, AnswerType.LOCATION);
            case "how" -> how(clause, wh);
            case "why" -> new WhPhrase(word, null, AnswerType.DESCRIPTION);
            default -> withHeadNoun(word, headNoun(clause, wh + 1));
        };
    }

    private static WhPhrase how(TaggedSentence clause, int wh) {
        String next = wh + 1 < clause.size() ? clause.lower(wh + 1) : "";
        String noun = headNoun(clause, wh + 2);
        return switch (next) {
            case "many" -> new WhPhrase("how many", noun, AnswerType.NUMBER);
            case "much" ->
                new WhPhrase(
                        "how much",
                        noun,
                        noun == null || MONEY_NOUNS.contains(noun) ? AnswerType.MONEY : AnswerType.NUMBER);
            case "long" -> new WhPhrase("how long", noun, AnswerType.DURATION);
            case "old", "far", "big", "tall", "high", "large", "often" ->
                new WhPhrase("how " + next, noun, AnswerType.NUMBER);
            default -> new WhPhrase("how", null, AnswerType.DESCRIPTION);
        };
    }

    private static WhPhrase withHeadNoun(String whWord, String head) {
        if (head == null) {
            return new WhPhrase(whWord, null, AnswerType.DESCRIPTION);
        }
        AnswerType type = WordLists.HEAD_NOUN_TYPES.get(head);
        if (type == null && head.endsWith("ies")) {
            type = WordLists.HEAD_NOUN_TYPES.get(head.substring(0, head.length() - 3) + "y");
        }
        if (type == null && head.endsWith("s")) {
            type = WordLists.HEAD_NOUN_TYPES.get(head.substring(0, head.length() - 1));
        }
        return new WhPhrase(whWord, head, type == null ? AnswerType.DESCRIPTION : type);
    }

    /** Last noun (or type-lexicon word) of the noun group starting at {@code from}. */
    static String headNoun(TaggedSentence clause, int from) {
        int i = from;
        boolean copula = false;
        while (i < clause.size() && (SKIP.contains(clause.lower(i)) || clause.tags()[i].equals("DET"))) {
            copula |= clause.tags()[i].equals("AUX");
            i++;
        }
        String head = null;
        int first = i;
        for (; i < clause.size(); i++) {
            String word = clause.lower(i);
            if (clause.tags()[i].equals("PART") && copula) {
                head = null;
            } else if (WordLists.HEAD_NOUN_TYPES.containsKey(word) || clause.tags()[i].equals("NOUN")) {
                head = word;
                if (WordLists.HEAD_NOUN_TYPES.containsKey(word) && !nextIsNoun(clause, i)) {
                    break;
                }
            } else if (!isModifier(clause, i, head == null)) {
                break;
            }
        }
        return head != null ? head : mistaggedNoun(clause, first);
    }

    /**
     * "Which seed did ...": a lone word between the wh-word and an auxiliary is the head noun, whatever
     * the tagger made of it (a verb, for "seed").
     */
    private static String mistaggedNoun(TaggedSentence clause, int i) {
        boolean lone = i + 1 < clause.size()
                && AUXILIARIES.contains(clause.lower(i + 1))
                && !CLOSED_TAGS.contains(clause.tags()[i])
                && clause.lower(i).chars().allMatch(Character::isLetter);
        return lone ? clause.lower(i) : null;
    }

    private static boolean nextIsNoun(TaggedSentence clause, int i) {
        return i + 1 < clause.size()
                && (clause.tags()[i + 1].equals("NOUN") || WordLists.HEAD_NOUN_TYPES.containsKey(clause.lower(i + 1)));
    }

    private static boolean isModifier(TaggedSentence clause, int i, boolean beforeHead) {
        String tag = clause.tags()[i];
        String word = clause.lower(i);
        if (AUXILIARIES.contains(word) || CLOSED_TAGS.contains(tag) && !word.equals("-")) {
            return false;
        }
        return beforeHead
                || Set.of("PROPN", "ADJ", "NUM", "PUNCT").contains(tag)
                || tag.equals("VERB") && word.endsWith("ed");
    }

    /** Whether a question word belongs to this wh-phrase (and so is not a focus word). */
    boolean covers(String word) {
        return word.equals(headNoun) || whWord != null && whWord.contains(word);
    }
}
