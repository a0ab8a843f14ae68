package io.newsdesk.answer.reader;

import io.newsdesk.answer.question.AnswerType;
import io.newsdesk.answer.question.EnglishTagger;
import io.newsdesk.answer.question.TaggedSentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Coreference-lite: for a pronoun or definite description ("he", "the country", "the company")
 * finds the nearest preceding compatible name in the same sentence, else in the context
 * sentences before it, and adds it as a mention located at the anaphor.
 */
final class ReferenceResolver {

    private static final Map<String, AnswerType> PRONOUNS =
            Map.of("he", AnswerType.PERSON, "she", AnswerType.PERSON, "it", AnswerType.NAME, "they", AnswerType.NAME);
    private static final Map<String, AnswerType> DESCRIPTIONS = Map.ofEntries(
            Map.entry("country", AnswerType.LOCATION), Map.entry("nation", AnswerType.LOCATION),
            Map.entry("state", AnswerType.LOCATION), Map.entry("city", AnswerType.LOCATION),
            Map.entry("kingdom", AnswerType.LOCATION), Map.entry("company", AnswerType.ORGANIZATION),
            Map.entry("firm", AnswerType.ORGANIZATION), Map.entry("group", AnswerType.ORGANIZATION),
            Map.entry("team", AnswerType.ORGANIZATION), Map.entry("club", AnswerType.ORGANIZATION),
            Map.entry("organisation", AnswerType.ORGANIZATION), Map.entry("organization", AnswerType.ORGANIZATION),
            Map.entry("agency", AnswerType.ORGANIZATION), Map.entry("party", AnswerType.ORGANIZATION));

    /**
     * "It" before a form of "be" is nearly always the empty subject of an extraposition or a cleft
     * ("It was the eighth time Russia ...", "It is unclear whether ..."), not a reference.
     */
    private static final Set<String> PLEONASTIC_AFTER_IT = Set.of(
            "is", "was", "'s", "’s", "has", "had", "seems", "seemed", "appears", "appeared", "remains", "remained");

    private final EnglishTagger tagger;

    ReferenceResolver(EnglishTagger tagger) {
        this.tagger = tagger;
    }

    /** Adds one reference mention per resolvable anaphor of {@code s} to {@code mentions}. */
    void resolve(TaggedSentence s, List<String> before, List<Mention> mentions) {
        List<Mention> found = new ArrayList<>();
        List<List<Mention>> contextNames = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            String word = s.lower(i);
            boolean described = i > 0 && s.lower(i - 1).equals("the") && DESCRIPTIONS.containsKey(word);
            AnswerType wanted = described ? DESCRIPTIONS.get(word) : PRONOUNS.get(word);
            if (wanted == null || !described && (!isSubjectPronoun(s, i) || pleonastic(s, i))) {
                continue;
            }
            int first = described ? i - 1 : i;
            Mention antecedent = antecedent(s, mentions, first, wanted);
            if (antecedent != null) {
                found.add(new Mention(
                        antecedent.text(),
                        first,
                        i + 1,
                        antecedent.start(),
                        antecedent.end(),
                        antecedent.type(),
                        true));
            } else {
                addFromContext(before, contextNames, wanted, first, i + 1, found);
            }
        }
        mentions.addAll(found);
    }

    private static boolean isSubjectPronoun(TaggedSentence s, int i) {
        return s.tags()[i].equals("PRON") && i + 1 < s.size() && !s.tags()[i + 1].equals("PUNCT");
    }

    private static boolean pleonastic(TaggedSentence s, int i) {
        return s.lower(i).equals("it") && i + 1 < s.size() && PLEONASTIC_AFTER_IT.contains(s.lower(i + 1));
    }

    private static Mention antecedent(TaggedSentence s, List<Mention> mentions, int before, AnswerType wanted) {
        Mention best = null;
        for (Mention m : mentions) {
            if (!m.viaReference()
                    && m.endToken() <= before
                    && compatible(m.type(), wanted)
                    && (s == null || !possessor(s, m))
                    && (best == null || m.endToken() > best.endToken())) {
                best = m;
            }
        }
        return best;
    }

    private void addFromContext(
            List<String> before,
            List<List<Mention>> contextNames,
            AnswerType wanted,
            int first,
            int end,
            List<Mention> found) {
        if (contextNames.isEmpty()) {
            tagContext(before, contextNames);
        }
        for (int k = contextNames.size() - 1; k >= 0; k--) {
            Mention antecedent = antecedent(null, contextNames.get(k), Integer.MAX_VALUE, wanted);
            if (antecedent != null) {
                found.add(new Mention(antecedent.text(), first, end, -1, -1, antecedent.type(), true));
                return;
            }
        }
    }

    /** Names of each context sentence, tagged once per evidence sentence; possessors removed. */
    private void tagContext(List<String> before, List<List<Mention>> contextNames) {
        for (String sentence : before) {
            TaggedSentence context = tagger.tag(sentence);
            List<Mention> names = new ArrayList<>();
            NameMentionFinder.findNames(context, names);
            names.removeIf(m -> possessor(context, m));
            contextNames.add(names);
        }
    }

    /** "Syria" in "Syria's ally" is rarely what a later "the country" refers to. */
    private static boolean possessor(TaggedSentence s, Mention m) {
        return m.endToken() < s.size() && s.tags()[m.endToken()].equals("PART");
    }

    static boolean compatible(AnswerType type, AnswerType wanted) {
        return switch (wanted) {
            case PERSON -> type == AnswerType.PERSON;
            case LOCATION -> type == AnswerType.LOCATION || type == AnswerType.NAME;
            case ORGANIZATION -> type == AnswerType.ORGANIZATION || type == AnswerType.NAME;
            default -> type == AnswerType.ORGANIZATION || type == AnswerType.NAME || type == AnswerType.LOCATION;
        };
    }
}
