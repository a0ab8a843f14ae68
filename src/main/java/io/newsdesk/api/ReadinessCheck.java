package io.newsdesk.api;

import io.newsdesk.embedding.SentenceEmbedder;
import io.newsdesk.store.ArticleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the database answers, the vector extension is there and the model is loaded. */
@Readiness
@ApplicationScoped
class ReadinessCheck implements HealthCheck {

    private final ArticleRepository repository;
    private final SentenceEmbedder embedder;

    ReadinessCheck(ArticleRepository repository, SentenceEmbedder embedder) {
        this.repository = repository;
        this.embedder = embedder;
    }

    @Override
    public HealthCheckResponse call() {
        boolean database = repository.isHealthy();
        boolean model = embedder.isReady();
        return HealthCheckResponse.named("newsdesk")
                .status(database && model)
                .withData("database", database)
                .withData("embedding_model", model)
                .build();
    }
}
