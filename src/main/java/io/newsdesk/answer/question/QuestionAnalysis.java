package io.newsdesk.answer.question;

import java.util.List;
import java.util.Objects;

/**
 * What the reader knows about a question before looking at evidence: the expected answer type,
 * the head noun of the wh-phrase (e.g. "state" in "which state"), and the lowercased content words
 * used to locate the answer in evidence sentences.
 *
 * @param question     the question as asked
 * @param expectedType expected answer type
 * @param headNoun     head noun of the wh-phrase, lowercased, or {@code null} when there is none
 * @param focusTerms   lowercased content words of the question, without stop words and wh-phrase
 */
public record QuestionAnalysis(String question, AnswerType expectedType, String headNoun, List<String> focusTerms) {

    public QuestionAnalysis {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(expectedType, "expectedType");
        focusTerms = List.copyOf(Objects.requireNonNull(focusTerms, "focusTerms"));
        if (headNoun != null && headNoun.isBlank()) {
            headNoun = null;
        }
    }
}
