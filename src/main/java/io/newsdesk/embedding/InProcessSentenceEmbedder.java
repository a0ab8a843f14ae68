package io.newsdesk.embedding;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Embeds with one of the bundled ONNX models, in process, no network. The model loads in the
 * background at start-up so readiness can report DOWN until it has embedded once.
 */
@ApplicationScoped
class InProcessSentenceEmbedder implements SentenceEmbedder {

    private static final long LOAD_TIMEOUT_SECONDS = 120;

    private final EmbeddingConfig config;
    private final CompletableFuture<EmbeddingModel> model = new CompletableFuture<>();
    private volatile ArticleEncoder articles;

    InProcessSentenceEmbedder(EmbeddingConfig config) {
        this.config = config;
    }

    void warmUp(@Observes StartupEvent event) {
        Thread loader = new Thread(this::load, "newsdesk-embedding-loader");
        loader.setDaemon(true);
        loader.start();
    }

    private void load() {
        try {
            long start = System.nanoTime();
            int threads = config.threads() > 0
                    ? config.threads()
                    : Runtime.getRuntime().availableProcessors();
            OnnxBatchEncoder encoder = config.model().encoder(threads);
            EmbeddingModel loaded = new BatchedOnnxEmbeddingModel(encoder, config.batchSize());
            articles = new ArticleEncoder(
                    encoder,
                    config.contextVectors(),
                    config.batchSize(),
                    config.passageBatchSize(),
                    config.passageTokens());
            int dimension = loaded.embed("warm up").content().dimension();
            if (dimension != config.dimension()) {
                throw new IllegalStateException("model " + config.model() + " has dimension " + dimension
                        + " but newsdesk.embedding.dimension is " + config.dimension());
            }
            model.complete(loaded);
            Log.infof("Embedding model %s ready in %d ms", config.model(), (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException | LinkageError e) {
            // A native library that cannot load is an Error: record it, or callers would wait forever.
            Log.errorf(e, "Embedding model %s failed to load", config.model());
            model.completeExceptionally(e);
        }
    }

    @Override
    public List<ArticleVectors> embedArticles(List<ArticleText> texts) {
        model();
        return articles.embed(texts);
    }

    @Override
    public List<float[]> embedSentences(List<String> sentences) {
        if (sentences.isEmpty()) {
            return List.of();
        }
        return model().embedAll(sentences.stream().map(TextSegment::from).toList()).content().stream()
                .map(Embedding::vector)
                .toList();
    }

    @Override
    public float[] embedQuery(String question) {
        return model().embed(config.model().queryPrefix() + question).content().vector();
    }

    @Override
    public boolean isReady() {
        return model.isDone() && !model.isCompletedExceptionally();
    }

    private EmbeddingModel model() {
        try {
            return model.get(LOAD_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the embedding model failed to load: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException(
                    "the embedding model is still loading after " + LOAD_TIMEOUT_SECONDS + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the embedding model", e);
        }
    }
}
