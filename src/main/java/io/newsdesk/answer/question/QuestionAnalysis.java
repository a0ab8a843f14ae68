package io.newsdesk.answer.question;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the reader knows about a question before looking at evidence: the expected answer type,
 * the head noun of the wh-phrase (e.g. "state" in "which state"), the lowercased content words
 * used to locate the answer in evidence sentences, and the WordNet classes the answer should be of.
 *
 * @param question        the question as asked
 * @param expectedType    expected answer type
 * @param headNoun        head noun of the wh-phrase, lowercased, or {@code null} when there is none
 * @param focusTerms      lowercased content words of the question, without stop words and wh-phrase
 * @param expectedClasses the {@link NounClass}es an answer should belong to ("which animal": animals),
 *                        empty when the question names none
 */
public record QuestionAnalysis(
        String question,
        AnswerType expectedType,
        String headNoun,
        List<String> focusTerms,
        Set<NounClass> expectedClasses) {

    public QuestionAnalysis {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(expectedType, "expectedType");
        focusTerms = List.copyOf(Objects.requireNonNull(focusTerms, "focusTerms"));
        expectedClasses = expectedClasses == null || expectedClasses.isEmpty()
                ? Set.of()
                : Set.copyOf(EnumSet.copyOf(expectedClasses));
        if (headNoun != null && headNoun.isBlank()) {
            headNoun = null;
        }
    }

    /** An analysis that expects no particular class of thing. */
    public QuestionAnalysis(String question, AnswerType expectedType, String headNoun, List<String> focusTerms) {
        this(question, expectedType, headNoun, focusTerms, Set.of());
    }
}
