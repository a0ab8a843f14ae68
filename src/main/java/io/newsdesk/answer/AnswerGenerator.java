package io.newsdesk.answer;

import java.util.function.Consumer;

/**
 * Last step of the answer pipeline: turns evidence and the extractive answer into the answer
 * shown. In extractive mode it returns the extractive answer; in LLM mode it asks the model and
 * keeps only what cites the evidence, falling back to the extractive answer.
 */
public interface AnswerGenerator {

    /**
     * The final answer; answer text that has passed validation is handed to {@code tokens} as it is
     * produced (nothing is handed over when the answer is the extractive one).
     */
    Answer generate(Evidence evidence, Answer extractive, Consumer<String> tokens);
}
