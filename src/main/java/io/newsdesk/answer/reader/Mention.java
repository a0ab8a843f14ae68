package io.newsdesk.answer.reader;

import io.newsdesk.answer.question.AnswerType;
import io.newsdesk.answer.question.TaggedSentence;
import java.util.Objects;

/**
 * A typed span found in an evidence sentence, before scoring. A mention reached through
 * coreference keeps the anaphor's token range (where the answer "sits" in the sentence) and the
 * antecedent's text, with its own character offsets only when the antecedent is in the same
 * sentence (-1 otherwise).
 */
record Mention(String text, int firstToken, int endToken, int start, int end, AnswerType type, boolean viaReference) {

    Mention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        if (endToken <= firstToken) {
            throw new IllegalArgumentException("empty token range");
        }
    }

    static Mention of(TaggedSentence sentence, int first, int endToken, AnswerType type) {
        int start = sentence.starts()[first];
        int end = sentence.ends()[endToken - 1];
        return new Mention(sentence.text().substring(start, end), first, endToken, start, end, type, false);
    }

    boolean overlaps(Mention other) {
        return firstToken < other.endToken && other.firstToken < endToken;
    }
}
