package io.newsdesk.answer.llm;

import io.newsdesk.answer.AnswerConfig;
import io.newsdesk.answer.AnswerGenerator;
import io.newsdesk.answer.followup.ExtractiveFollowUpRewriter;
import io.newsdesk.answer.followup.FollowUpRewriter;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import java.util.List;

/**
 * Chooses the answer generator and follow-up rewriter for {@code newsdesk.answer.mode}, and in LLM
 * mode checks at start-up that the prompts are readable. In extractive mode no model client is
 * ever created.
 */
class LlmBeans {

    private static final String EXTRACTIVE = "extractive";
    private static final String LLM = "llm";

    @Produces
    @ApplicationScoped
    AnswerGenerator answerGenerator(AnswerConfig config, Instance<LlmAnswerGenerator> llm) {
        return llm(config) ? llm.get() : (evidence, extractive, tokens) -> extractive;
    }

    @Produces
    @ApplicationScoped
    FollowUpRewriter followUpRewriter(
            AnswerConfig config, Instance<LlmFollowUpRewriter> llm, ExtractiveFollowUpRewriter extractive) {
        return llm(config) ? llm.get() : extractive;
    }

    void checkAtStartup(
            @Observes StartupEvent event, AnswerConfig config, LlmConfig llmConfig, Instance<PromptLibrary> prompts) {
        if (llm(config)) {
            prompts.get().answer("", List.of());
            Log.infof("Answer mode llm: model %s at %s", llmConfig.model(), llmConfig.baseUrl());
            if (llmConfig.apiKey().isEmpty()) {
                Log.warnf("NEWSDESK_LLM_API_KEY is not set; fine for local servers, OpenAI will refuse the calls");
            }
        }
    }

    static boolean llm(AnswerConfig config) {
        return switch (config.mode()) {
            case LLM -> true;
            case EXTRACTIVE -> false;
            default ->
                throw new IllegalStateException("newsdesk.answer.mode must be extractive or llm, not " + config.mode());
        };
    }
}
