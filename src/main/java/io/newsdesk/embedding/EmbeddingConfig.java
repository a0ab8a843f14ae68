package io.newsdesk.embedding;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the in-process sentence embedding model shared by ingestion and retrieval. */
@ConfigMapping(prefix = "newsdesk.embedding")
public interface EmbeddingConfig {

    /** Which bundled ONNX model embeds sentences and questions (chosen by measurement, see docs/experiments.md). */
    @WithDefault("all-minilm-l6-v2-q")
    EmbeddingModelChoice model();

    /** Vector size; must match `vector(384)` in V1__articles_and_sentences.sql. */
    @WithDefault("384")
    int dimension();

    /** Batches embedded in parallel, one ONNX Runtime thread each (0 = the number of cores). */
    @WithDefault("0")
    int threads();

    /** Texts run through the model at once (sorted by length, padded to the longest); batches run in parallel. */
    @WithDefault("8")
    int batchSize();

    /**
     * How each sentence's context vector (title and previous sentence) is made at ingestion: read
     * with its neighbours in one pass over passages (PASSAGE), a second pass over "title. previous
     * sentence sentence" (WINDOW, about three times the encoder work), or none (NONE).
     */
    @WithDefault("passage")
    ContextVectors contextVectors();

    /** Tokens of a passage at most (the model reads up to 512); longer ones read more context at a higher cost. */
    @WithDefault("384")
    int passageTokens();

    /** Passages run through the model at once (PASSAGE); batches run in parallel. */
    @WithDefault("4")
    int passageBatchSize();
}
