package io.newsdesk.answer.llm;

import io.newsdesk.answer.AnswerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The model's state on readiness, in LLM mode only: always UP (a model that does not answer
 * degrades answers to extractive ones, it does not stop the service), with {@code state}
 * available, degraded or unknown, and the reason and time of a degradation.
 */
@Readiness
@ApplicationScoped
class ModelReadiness implements HealthCheck {

    private final AnswerConfig config;
    private final Instance<ModelState> state;

    ModelReadiness(AnswerConfig config, Instance<ModelState> state) {
        this.config = config;
        this.state = state;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response =
                HealthCheckResponse.named("answer model").up();
        if (!LlmBeans.llm(config)) {
            return response.withData("mode", config.mode()).build();
        }
        ModelState.Snapshot snapshot = state.get().snapshot();
        response.withData("mode", config.mode()).withData("state", snapshot.state());
        if (snapshot.reason() != null) {
            response.withData("reason", snapshot.reason().name());
        }
        return response.withData("since", snapshot.since().toString()).build();
    }
}
