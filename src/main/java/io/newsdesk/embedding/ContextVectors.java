package io.newsdesk.embedding;

/** How a sentence's context vector is made (measured in docs/experiments.md, "2026-12-07: a million sentences"). */
public enum ContextVectors {
    /**
     * One pass over passages: the title and consecutive sentences are read by the model together;
     * a sentence's vector averages its own token states, its context vector those of the title, the
     * previous sentence and itself. About as many tokens as the sentences alone.
     */
    PASSAGE,
    /** Two passes: each sentence alone, then "title. previous sentence sentence" as one text. */
    WINDOW,
    /** No context: the context vector repeats the sentence vector. */
    NONE
}
