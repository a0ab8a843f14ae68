package io.newsdesk.answer.reader;

import io.newsdesk.answer.question.AnswerType;
import java.util.Objects;

/**
 * A candidate short answer found in the evidence.
 *
 * @param text          the answer text
 * @param sentenceIndex index into the evidence list of the sentence that supports it
 * @param start         start offset in that sentence's text, or -1 when the answer came from
 *                      the context sentences through coreference
 * @param end           end offset (exclusive), or -1 like {@code start}
 * @param score         ranking score, higher is better
 * @param type          the type the candidate was recognised as
 */
public record AnswerCandidate(String text, int sentenceIndex, int start, int end, double score, AnswerType type) {

    public AnswerCandidate {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        if (text.isBlank()) {
            throw new IllegalArgumentException("text must not be blank");
        }
        if (sentenceIndex < 0) {
            throw new IllegalArgumentException("sentenceIndex must be >= 0");
        }
        boolean fromContext = start == -1 && end == -1;
        if (!fromContext && (start < 0 || end < start)) {
            throw new IllegalArgumentException("invalid span " + start + ".." + end);
        }
    }

    /** Whether the span lies in the evidence sentence itself (not in its context). */
    public boolean inSentence() {
        return start >= 0;
    }
}
