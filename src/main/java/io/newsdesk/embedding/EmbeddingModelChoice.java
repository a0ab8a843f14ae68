package io.newsdesk.embedding;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.concurrent.Executor;
import java.util.function.Function;

/** The in-process models newsdesk can embed with; each ships inside a Maven artifact. */
public enum EmbeddingModelChoice {
    ALL_MINILM_L6_V2_Q("", AllMiniLmL6V2QuantizedEmbeddingModel::new),
    ALL_MINILM_L6_V2("", AllMiniLmL6V2EmbeddingModel::new),
    /** bge expects this instruction in front of queries (not in front of the indexed sentences). */
    BGE_SMALL_EN_V15_Q("Represent this sentence for searching relevant passages: ",
            BgeSmallEnV15QuantizedEmbeddingModel::new);

    private final String queryPrefix;
    private final Function<Executor, EmbeddingModel> factory;

    EmbeddingModelChoice(String queryPrefix, Function<Executor, EmbeddingModel> factory) {
        this.queryPrefix = queryPrefix;
        this.factory = factory;
    }

    public String queryPrefix() {
        return queryPrefix;
    }

    public EmbeddingModel load(Executor executor) {
        return factory.apply(executor);
    }
}
