package io.newsdesk.answer;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Consumer;

/**
 * Answers in the configured mode ({@code newsdesk.answer.mode}): retrieve, extract, then generate.
 * The extractive answer is always computed, so it is there to fall back on; an abstention
 * ({@code not_found}) is never handed to the LLM, so the calibrated threshold holds in every mode.
 */
@ApplicationScoped
public class AnswerPipeline {

    private final AnswerService reader;
    private final AnswerGenerator generator;
    private final AnswerCache cache;

    AnswerPipeline(AnswerService reader, AnswerGenerator generator, AnswerCache cache) {
        this.reader = reader;
        this.generator = generator;
        this.cache = cache;
    }

    /** The whole pipeline for one question; a recent answer to the same question is reused. */
    public Answer answer(Question question) {
        return cache.answer(question, () -> answer(retrieve(question), token -> {}));
    }

    /** First step, for callers that show the sources before the answer (streaming). */
    public Evidence retrieve(Question question) {
        return reader.retrieve(question);
    }

    /** The remaining steps; validated answer text goes to {@code tokens} as it is produced. */
    public Answer answer(Evidence evidence, Consumer<String> tokens) {
        Answer extractive = reader.answerFrom(evidence);
        if (extractive.status() != Answer.Status.answered) {
            return extractive;
        }
        return generator.generate(evidence, extractive, tokens);
    }
}
