package io.newsdesk.embedding;

import dev.langchain4j.model.embedding.EmbeddingModel;

/** The in-process models newsdesk can embed with; each ships inside a LangChain4j Maven artifact. */
public enum EmbeddingModelChoice {
    ALL_MINILM_L6_V2_Q("all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json", true, ""),
    ALL_MINILM_L6_V2("all-minilm-l6-v2.onnx", "all-minilm-l6-v2-tokenizer.json", true, ""),
    /** bge pools the first token and expects this instruction in front of queries (not of indexed text). */
    BGE_SMALL_EN_V15_Q(
            "bge-small-en-v1.5-q.onnx",
            "bge-small-en-v1.5-q-tokenizer.json",
            false,
            "Represent this sentence for searching relevant passages: ");

    private final String modelResource;
    private final String tokenizerResource;
    private final boolean meanPooling;
    private final String queryPrefix;

    EmbeddingModelChoice(String modelResource, String tokenizerResource, boolean meanPooling, String queryPrefix) {
        this.modelResource = modelResource;
        this.tokenizerResource = tokenizerResource;
        this.meanPooling = meanPooling;
        this.queryPrefix = queryPrefix;
    }

    /** The text put in front of a question before embedding it. */
    public String queryPrefix() {
        return queryPrefix;
    }

    /** Loads the model with the given number of inference threads and texts per batch. */
    public EmbeddingModel load(int threads, int batchSize) {
        return new BatchedOnnxEmbeddingModel(encoder(threads), batchSize);
    }

    /** Loads the model to embed articles: texts per batch for sentences, passages per batch and their length. */
    public ArticleEncoder loadArticleEncoder(
            ContextVectors mode, int threads, int batchSize, int passageBatchSize, int passageTokens) {
        return new ArticleEncoder(encoder(threads), mode, batchSize, passageBatchSize, passageTokens);
    }

    OnnxBatchEncoder encoder(int threads) {
        return new OnnxBatchEncoder(modelResource, tokenizerResource, meanPooling, threads);
    }
}
