package io.newsdesk.answer.reader;

import io.newsdesk.answer.question.NounClass;
import io.newsdesk.answer.question.NounClasses;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Whether a candidate is a thing of the class a question asks for ({@code class_match}) or plainly
 * of another ({@code class_mismatch}), by WordNet ({@link NounClasses}): a noun phrase by the
 * senses of its head ("eggs": food; "white": a colour), a name by WordNet's proper senses of it
 * ("Colorado": a place) or by its recognised type (a person, an organisation, a place), a date or
 * a number as a time or an amount. A candidate WordNet does not know matches nothing and
 * mismatches nothing.
 */
final class ClassMatcher {

    private final Supplier<NounClasses> nouns;

    /** @param nouns the noun classes, asked for at the first candidate (they take seconds to build) */
    ClassMatcher(Supplier<NounClasses> nouns) {
        this.nouns = Objects.requireNonNull(nouns, "nouns");
    }

    /** Sets the class features of one candidate's vector for a question expecting {@code expected}. */
    void addTo(double[] features, Set<NounClass> expected, Mention mention) {
        if (expected.isEmpty()) {
            return;
        }
        Set<NounClass> classes = classes(mention);
        boolean match = classes.stream().anyMatch(expected::contains);
        features[CandidateFeatures.CLASS_MATCH] = match ? 1 : 0;
        features[CandidateFeatures.CLASS_MISMATCH] = !match && !classes.isEmpty() ? 1 : 0;
    }

    /** The classes the candidate may be of, empty when unknown. */
    Set<NounClass> classes(Mention mention) {
        return switch (mention.type()) {
            case PERSON -> EnumSet.of(NounClass.PERSON);
            case ORGANIZATION -> EnumSet.of(NounClass.ORGANIZATION);
            case LOCATION -> EnumSet.of(NounClass.LOCATION);
            case DATE, DURATION -> EnumSet.of(NounClass.TIME);
            case NUMBER, MONEY, PERCENT -> EnumSet.of(NounClass.QUANTITY);
            case NAME -> nouns.get().ofName(words(mention.text()));
            case DESCRIPTION -> nouns.get().ofPhrase(words(mention.text()));
        };
    }

    /** The words of a span without quotes, possessives or other punctuation: "creamy’" is "creamy". */
    private static String words(String text) {
        return text.replaceAll("['’]s\\b", "")
                .replaceAll("[^\\p{L}\\p{N}\\s-]", " ")
                .trim()
                .toLowerCase(Locale.ROOT);
    }
}
