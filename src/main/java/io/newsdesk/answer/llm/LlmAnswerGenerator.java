package io.newsdesk.answer.llm;

import io.newsdesk.answer.Answer;
import io.newsdesk.answer.AnswerGenerator;
import io.newsdesk.answer.Evidence;
import io.newsdesk.answer.citation.Citation;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * LLM mode: the model answers from the numbered evidence sentences, the answer is validated
 * sentence by sentence as it streams ({@link CitationGate}), and the citations returned are the
 * stored sentences it cites, numbered as in the prompt so that each [n] in the text matches one.
 * Any failure, open circuit or answer with nothing grounded left gives the extractive answer,
 * marked {@code extractive_fallback}.
 */
@ApplicationScoped
@Typed(LlmAnswerGenerator.class)
class LlmAnswerGenerator implements AnswerGenerator {

    static final String MODE = "llm";

    private final GuardedChatClient client;
    private final PromptLibrary prompts;
    private final LlmConfig config;
    private final ModelState state;

    LlmAnswerGenerator(GuardedChatClient client, PromptLibrary prompts, LlmConfig config, ModelState state) {
        this.client = client;
        this.prompts = prompts;
        this.config = config;
        this.state = state;
    }

    @Override
    public Answer generate(Evidence evidence, Answer extractive, Consumer<String> tokens) {
        List<Citation> sources = evidence.sources();
        Map<Integer, Citation> byNumber = sources.stream().collect(Collectors.toMap(Citation::n, Function.identity()));
        CitationVerifier verifier = new CitationVerifier(
                byNumber.entrySet().stream()
                        .collect(Collectors.toMap(
                                Map.Entry::getKey, e -> e.getValue().text())),
                config.minSupport());
        CitationGate gate = new CitationGate(verifier, tokens);
        try {
            client.complete(prompts.answer(evidence.text(), sources), gate);
        } catch (Exception e) {
            Log.warnf(
                    "LLM answer failed (%s: %s); returning the extractive answer",
                    e.getClass().getSimpleName(), e.getMessage());
            state.fellBack(reason(e));
            return fallback(extractive);
        }
        List<CitationVerifier.Verified> kept = gate.finish();
        if (kept.isEmpty()) {
            Log.infof("LLM answer had no grounded sentence; returning the extractive answer");
            state.fellBack(ModelState.Fallback.ungrounded);
            return fallback(extractive);
        }
        state.answered();
        Set<Integer> cited = new LinkedHashSet<>();
        kept.forEach(sentence -> cited.addAll(sentence.cited()));
        String text = kept.stream().map(CitationVerifier.Verified::text).collect(Collectors.joining(" "));
        return new Answer(
                Answer.Status.answered,
                text,
                extractive.confidence(),
                cited.stream().map(byNumber::get).toList(),
                List.of(),
                MODE);
    }

    private static ModelState.Fallback reason(Exception failure) {
        if (failure instanceof GuardedChatClient.FirstTokenTimeoutException) {
            return ModelState.Fallback.first_token_timeout;
        }
        if (failure instanceof CircuitBreakerOpenException) {
            return ModelState.Fallback.circuit_open;
        }
        return GuardedChatClient.timedOut(failure) ? ModelState.Fallback.timeout : ModelState.Fallback.error;
    }

    static Answer fallback(Answer extractive) {
        return new Answer(
                extractive.status(),
                extractive.answer(),
                extractive.confidence(),
                extractive.citations(),
                extractive.related(),
                Answer.FALLBACK_MODE);
    }
}
