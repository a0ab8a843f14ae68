package io.newsdesk.embedding;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.List;

/** A LangChain4j embedding model over {@link OnnxBatchEncoder}: same models, batched inference. */
final class BatchedOnnxEmbeddingModel implements EmbeddingModel {

    private final OnnxBatchEncoder encoder;
    private final int batchSize;

    BatchedOnnxEmbeddingModel(OnnxBatchEncoder encoder, int batchSize) {
        this.encoder = encoder;
        this.batchSize = batchSize;
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        List<float[]> vectors =
                encoder.encode(segments.stream().map(TextSegment::text).toList(), batchSize);
        return Response.from(vectors.stream().map(Embedding::from).toList());
    }
}
