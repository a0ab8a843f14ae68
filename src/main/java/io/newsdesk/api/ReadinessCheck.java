package io.newsdesk.api;

import io.newsdesk.embedding.SentenceEmbedder;
import io.newsdesk.store.ArticleRepository;
import io.newsdesk.store.Standbys;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the database answers, the vector extension is there and the model is loaded. Each
 * standby's state is shown ({@code standby <name>}) but never makes the service unready: the primary
 * answers what a standby cannot.
 */
@Readiness
@ApplicationScoped
class ReadinessCheck implements HealthCheck {

    private final ArticleRepository repository;
    private final SentenceEmbedder embedder;
    private final Standbys standbys;

    ReadinessCheck(ArticleRepository repository, SentenceEmbedder embedder, Standbys standbys) {
        this.repository = repository;
        this.embedder = embedder;
        this.standbys = standbys;
    }

    @Override
    public HealthCheckResponse call() {
        boolean database = repository.isHealthy();
        boolean model = embedder.isReady();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("newsdesk")
                .status(database && model)
                .withData("database", database)
                .withData("embedding_model", model);
        standbys.describe().forEach((name, state) -> response.withData("standby " + name, state));
        return response.build();
    }
}
