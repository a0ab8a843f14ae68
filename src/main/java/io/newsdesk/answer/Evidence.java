package io.newsdesk.answer;

import io.newsdesk.retrieval.RankedSentence;
import java.util.List;
import java.util.Objects;

/**
 * What retrieval found for a question, before any answer is chosen: the first step of the answer
 * pipeline, so streaming clients can show the sources while the answer is still being produced.
 *
 * @param question the question as validated
 * @param analysis its expected answer type and focus terms
 * @param ranked   the retrieved sentences, best first
 * @param sources  the same sentences as citations numbered 1..n, the numbering an LLM sees
 */
public record Evidence(Question question, QuestionAnalysis analysis, List<RankedSentence> ranked,
        List<Citation> sources) {

    public Evidence {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(analysis, "analysis");
        ranked = List.copyOf(ranked);
        sources = List.copyOf(sources);
    }

    /** The question text, stripped. */
    public String text() {
        return analysis.question();
    }
}
