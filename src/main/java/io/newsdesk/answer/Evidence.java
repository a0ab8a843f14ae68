package io.newsdesk.answer;

import io.newsdesk.answer.citation.Citation;
import io.newsdesk.answer.question.QuestionAnalysis;
import io.newsdesk.retrieval.RankedSentence;
import io.newsdesk.retrieval.Recency;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What retrieval found for a question, before any answer is chosen: the first step of the answer
 * pipeline, so streaming clients can show the sources while the answer is still being produced.
 *
 * @param question the question as validated
 * @param analysis its expected answer type and focus terms
 * @param ranked   the retrieved sentences the answer is read from, best first
 * @param further  the next best retrieved sentences, not read but weighed by the confidence (how many
 *                 sentences back the answer, how much of the question the top article covers)
 * @param sources  the read sentences as citations numbered 1..n, the numbering an LLM sees
 * @param recency  when the question was asked and the recent window the sentences were ranked by
 *                 (null when not known)
 */
public record Evidence(
        Question question,
        QuestionAnalysis analysis,
        List<RankedSentence> ranked,
        List<RankedSentence> further,
        List<Citation> sources,
        Recency recency) {

    public Evidence {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(analysis, "analysis");
        ranked = List.copyOf(ranked);
        further = List.copyOf(further);
        sources = List.copyOf(sources);
    }

    /** The read sentences, then the further ones: everything the confidence weighs. */
    public List<RankedSentence> weighed() {
        List<RankedSentence> all = new ArrayList<>(ranked);
        all.addAll(further);
        return all;
    }

    /** The question text, stripped. */
    public String text() {
        return analysis.question();
    }
}
