package io.newsdesk.answer.question;

import java.util.EnumSet;
import java.util.Set;

/**
 * The {@link NounClass}es a question's answer should belong to, read from WordNet rather than from
 * word lists: the class of the dominant sense of the wh-phrase's head noun ("which animal": an
 * animal; "what colour": a colour); for a classifying head, the class of the noun it classifies
 * ("which animal species", "the name of the river"); for "what caused ...", anything that can be
 * a cause. Empty when the question gives no class, and when its {@link AnswerType} already says
 * what it asks for (who, when, where, how many; "which team", "which city").
 */
final class ExpectedClasses {

    /** What can cause something: not a person, an organisation, a place, a time or an amount. */
    static final Set<NounClass> CAUSES = EnumSet.complementOf(EnumSet.of(
            NounClass.PERSON,
            NounClass.ORGANIZATION,
            NounClass.LOCATION,
            NounClass.TIME,
            NounClass.QUANTITY,
            NounClass.KIND));

    private static final Set<String> CAUSE_VERBS = Set.of(
            "cause",
            "caused",
            "causes",
            "causing",
            "trigger",
            "triggered",
            "triggers",
            "spark",
            "sparked",
            "sparks",
            "prompt",
            "prompted",
            "prompts",
            "led",
            "leads");
    private static final Set<String> CAUSE_NOUNS = Set.of("cause", "causes", "reason", "reasons");
    /** The answer types that leave the kind of thing open: any other the answer type itself says. */
    private static final Set<AnswerType> OPEN = EnumSet.of(AnswerType.NAME, AnswerType.DESCRIPTION);
    /** A name is a label: "the name of the river" asks for a river. */
    private static final String NAME = "name";

    private ExpectedClasses() {}

    static Set<NounClass> of(TaggedSentence clause, int wh, WhPhrase phrase, NounClasses nouns) {
        if (wh < 0 || !(phrase.whWord().equals("what") || phrase.whWord().equals("which"))) {
            return Set.of();
        }
        String head = phrase.headNoun();
        if (head == null) {
            return causeVerbFollows(clause, wh) ? CAUSES : Set.of();
        }
        if (CAUSE_NOUNS.contains(head)) {
            return CAUSES;
        }
        if (!OPEN.contains(phrase.type())) {
            // The head-noun lexicon typed it ("which public figure": a person, not a diagram).
            return Set.of();
        }
        int at = position(clause, wh, head);
        NounClass headClass = nouns.dominant(head);
        if (at >= 0 && (headClass == NounClass.KIND || head.equals(NAME))) {
            headClass = classified(clause, at, nouns);
        }
        return headClass == null ? Set.of() : EnumSet.of(headClass);
    }

    /** The class of the noun a classifying head stands for: after "of", else just before it. */
    private static NounClass classified(TaggedSentence clause, int head, NounClasses nouns) {
        if (head + 1 < clause.size() && clause.lower(head + 1).equals("of")) {
            String noun = null;
            for (int i = head + 2; i < clause.size() && isNominal(clause, i); i++) {
                noun = clause.tags()[i].equals("NOUN") ? clause.lower(i) : noun;
            }
            return noun == null ? null : nouns.dominant(noun);
        }
        boolean modified =
                head > 0 && (clause.tags()[head - 1].equals("NOUN") || clause.tags()[head - 1].equals("ADJ"));
        return modified ? nouns.dominant(clause.lower(head - 1)) : null;
    }

    /** "What caused ...", "what has triggered ...": a causing verb right after the wh-word and its auxiliaries. */
    private static boolean causeVerbFollows(TaggedSentence clause, int wh) {
        int i = wh + 1;
        while (i < clause.size() && (clause.tags()[i].equals("AUX") || clause.tags()[i].equals("ADV"))) {
            i++;
        }
        return i < clause.size() && CAUSE_VERBS.contains(clause.lower(i));
    }

    private static int position(TaggedSentence clause, int wh, String word) {
        for (int i = wh + 1; i < clause.size(); i++) {
            if (clause.lower(i).equals(word)) {
                return i;
            }
        }
        return -1;
    }

    /** Part of a noun group, possessives included ("the UK government's new plan"). */
    private static boolean isNominal(TaggedSentence clause, int i) {
        String tag = clause.tags()[i];
        return tag.equals("NOUN")
                || tag.equals("ADJ")
                || tag.equals("DET")
                || tag.equals("PROPN")
                || clause.lower(i).equals("'s")
                || clause.lower(i).equals("’s");
    }
}
