package io.newsdesk.embedding;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Runs a bundled BERT-style ONNX model on batches of texts. The library's own model class embeds
 * one text at a time padded to 128 tokens; here texts are sorted by length and padded only to the
 * longest of their batch, which is several times faster on CPU for news sentences.
 */
final class OnnxBatchEncoder implements AutoCloseable {

    // The bundled tokenizers truncate at 128 tokens too; longer inputs add cost and little meaning.
    private static final int MAX_TOKENS = 128;

    private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean meanPooling;
    private final boolean needsTypeIds;
    private final ForkJoinPool pool;

    OnnxBatchEncoder(String modelResource, String tokenizerResource, boolean meanPooling, int threads) {
        this.meanPooling = meanPooling;
        // Batches run in parallel, one inference thread each: on few cores that beats splitting one
        // small matrix product across threads.
        this.pool = new ForkJoinPool(threads);
        try (InputStream model = resource(modelResource);
                InputStream tokenizerJson = resource(tokenizerResource)) {
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            this.session = environment.createSession(model.readAllBytes(), options);
            this.needsTypeIds = session.getInputNames().contains("token_type_ids");
            this.tokenizer = HuggingFaceTokenizer.newInstance(
                    tokenizerJson,
                    Map.of("padding", "false", "truncation", "true", "maxLength", String.valueOf(MAX_TOKENS)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled model " + modelResource, e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the bundled model " + modelResource, e);
        }
    }

    /**
     * Consecutive texts read by the model in one pass (for example a title and the sentences after it),
     * and the token groups to average: each pool names the pieces whose tokens it averages, so one pass
     * gives a vector per sentence read in its context and a vector of the sentence with its neighbours.
     */
    record Passage(List<String> pieces, List<int[]> pools) {}

    /** Whether the model averages its token states (passages need it; a first-token model does not). */
    boolean meanPooling() {
        return meanPooling;
    }

    /** The number of tokens of each text without the special tokens, as {@link #encodePassages} counts them. */
    int[] tokenCounts(List<String> texts) {
        Encoding[] encodings = tokenizer.batchEncode(texts, false, false);
        int[] counts = new int[encodings.length];
        for (int i = 0; i < encodings.length; i++) {
            counts[i] = encodings[i].getIds().length;
        }
        return counts;
    }

    /**
     * Unit vectors of each passage's pools, in order: the passage is tokenised piece by piece, joined
     * between one pair of special tokens, run through the model in batches of up to {@code batchSize}
     * passages of similar length, and each pool is the mean of its pieces' token states.
     */
    List<List<float[]>> encodePassages(List<Passage> passages, int batchSize) {
        List<String> pieces =
                passages.stream().flatMap(p -> p.pieces().stream()).toList();
        Encoding[] encodings = tokenizer.batchEncode(pieces, false, false);
        long[] special = tokenizer.encode("").getIds();
        List<long[]> ids = new ArrayList<>(passages.size());
        List<int[]> starts = new ArrayList<>(passages.size());
        int piece = 0;
        for (Passage passage : passages) {
            int[] start = new int[passage.pieces().size() + 1];
            int length = 1;
            for (int i = 0; i < passage.pieces().size(); i++) {
                start[i] = length;
                length += encodings[piece + i].getIds().length;
            }
            start[passage.pieces().size()] = length;
            long[] tokens = new long[length + 1];
            tokens[0] = special[0];
            for (int i = 0; i < passage.pieces().size(); i++) {
                long[] pieceIds = encodings[piece + i].getIds();
                System.arraycopy(pieceIds, 0, tokens, start[i], pieceIds.length);
            }
            tokens[length] = special[special.length - 1];
            ids.add(tokens);
            starts.add(start);
            piece += passage.pieces().size();
        }
        List<Integer> order = IntStream.range(0, passages.size())
                .boxed()
                .sorted(Comparator.comparingInt(i -> ids.get(i).length))
                .toList();
        List<List<float[]>> vectors = new ArrayList<>(java.util.Collections.nCopies(passages.size(), null));
        List<List<Integer>> batches = new ArrayList<>();
        for (int from = 0; from < order.size(); from += batchSize) {
            batches.add(order.subList(from, Math.min(order.size(), from + batchSize)));
        }
        Runnable all = () -> batches.parallelStream().forEach(batch -> {
            float[][][] hidden = run(batch.stream().map(ids::get).toList());
            for (int b = 0; b < batch.size(); b++) {
                int index = batch.get(b);
                vectors.set(
                        index,
                        pools(hidden[b], starts.get(index), passages.get(index).pools()));
            }
        });
        pool.submit(all).join();
        return vectors;
    }

    private static List<float[]> pools(float[][] states, int[] start, List<int[]> pools) {
        List<float[]> pooled = new ArrayList<>(pools.size());
        int dimension = states[0].length;
        for (int[] pieces : pools) {
            float[] vector = new float[dimension];
            for (int piece : pieces) {
                for (int t = start[piece]; t < start[piece + 1]; t++) {
                    for (int d = 0; d < dimension; d++) {
                        vector[d] += states[t][d];
                    }
                }
            }
            // a unit vector: the mean's scale does not matter
            pooled.add(normalized(vector));
        }
        return pooled;
    }

    private float[][][] run(List<long[]> sequences) {
        int length = sequences.stream().mapToInt(s -> s.length).max().orElse(0);
        long[][] ids = new long[sequences.size()][length];
        long[][] mask = new long[sequences.size()][length];
        long[][] types = new long[sequences.size()][length];
        for (int i = 0; i < sequences.size(); i++) {
            System.arraycopy(sequences.get(i), 0, ids[i], 0, sequences.get(i).length);
            java.util.Arrays.fill(mask[i], 0, sequences.get(i).length, 1L);
        }
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(environment, ids));
            inputs.put("attention_mask", OnnxTensor.createTensor(environment, mask));
            if (needsTypeIds) {
                inputs.put("token_type_ids", OnnxTensor.createTensor(environment, types));
            }
            try (OrtSession.Result result = session.run(inputs)) {
                return (float[][][]) result.get(0).getValue();
            }
        } catch (OrtException e) {
            throw new IllegalStateException("embedding failed", e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    /** Unit vectors for the texts, in their order, computed in batches of up to {@code batchSize}. */
    List<float[]> encode(List<String> texts, int batchSize) {
        List<Integer> order = IntStream.range(0, texts.size())
                .boxed()
                .sorted(Comparator.comparingInt(i -> texts.get(i).length()))
                .toList();
        float[][] vectors = new float[texts.size()][];
        List<List<Integer>> batches = new ArrayList<>();
        for (int from = 0; from < order.size(); from += batchSize) {
            batches.add(order.subList(from, Math.min(order.size(), from + batchSize)));
        }
        Runnable all = () -> batches.parallelStream().forEach(batch -> {
            float[][] encoded = encodeBatch(batch.stream().map(texts::get).toList());
            for (int i = 0; i < batch.size(); i++) {
                vectors[batch.get(i)] = encoded[i];
            }
        });
        pool.submit(all).join();
        return List.of(vectors);
    }

    private float[][] encodeBatch(List<String> texts) {
        Encoding[] encodings = tokenizer.batchEncode(texts);
        List<long[]> ids = new ArrayList<>(encodings.length);
        for (Encoding encoding : encodings) {
            ids.add(encoding.getIds());
        }
        return pool(run(ids), ids);
    }

    private float[][] pool(float[][][] hidden, List<long[]> ids) {
        float[][] pooled = new float[hidden.length][];
        for (int i = 0; i < hidden.length; i++) {
            int dimension = hidden[i][0].length;
            float[] vector = new float[dimension];
            if (meanPooling) {
                // the padding after the text is left out; a unit vector needs no division by the count
                for (int t = 0; t < ids.get(i).length; t++) {
                    for (int d = 0; d < dimension; d++) {
                        vector[d] += hidden[i][t][d];
                    }
                }
            } else {
                System.arraycopy(hidden[i][0], 0, vector, 0, dimension);
            }
            pooled[i] = normalized(vector);
        }
        return pooled;
    }

    private static float[] normalized(float[] vector) {
        double norm = 0;
        for (float value : vector) {
            norm += value * value;
        }
        float scale = (float) (1 / Math.max(Math.sqrt(norm), 1e-12));
        for (int d = 0; d < vector.length; d++) {
            vector[d] *= scale;
        }
        return vector;
    }

    private static InputStream resource(String name) {
        InputStream stream = OnnxBatchEncoder.class.getClassLoader().getResourceAsStream(name);
        if (stream == null) {
            throw new IllegalStateException("bundled model file " + name + " is not on the classpath");
        }
        return stream;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
        tokenizer.close();
        pool.shutdown();
    }
}
