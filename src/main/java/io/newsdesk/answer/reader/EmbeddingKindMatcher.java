package io.newsdesk.answer.reader;

import io.newsdesk.embedding.SentenceEmbedder;
import io.newsdesk.util.LruCache;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Kind similarity as the cosine of the in-process sentence vectors of the head noun and of the
 * candidate. Vectors of recent texts are kept, so a question costs one batch of its new candidates.
 */
final class EmbeddingKindMatcher implements KindMatcher {

    private final SentenceEmbedder embedder;
    private final LruCache<String, float[]> vectors;

    EmbeddingKindMatcher(SentenceEmbedder embedder, int cachedTexts) {
        this.embedder = embedder;
        this.vectors = new LruCache<>(cachedTexts);
    }

    @Override
    public double[] similarities(String kind, List<String> candidates) {
        List<String> texts = new ArrayList<>(candidates.size() + 1);
        texts.add(kind);
        texts.addAll(candidates);
        List<float[]> embedded = embed(texts);
        double[] similarities = new double[candidates.size()];
        for (int i = 0; i < similarities.length; i++) {
            similarities[i] = Math.max(0, dot(embedded.get(0), embedded.get(i + 1)));
        }
        return similarities;
    }

    private List<float[]> embed(List<String> texts) {
        Map<String, float[]> known = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String text : texts) {
            float[] vector = vectors.get(text);
            if (vector != null) {
                known.put(text, vector);
            } else if (!known.containsKey(text) && !missing.contains(text)) {
                missing.add(text);
            }
        }
        if (!missing.isEmpty()) {
            List<float[]> fresh = embedder.embedSentences(missing);
            for (int i = 0; i < missing.size(); i++) {
                known.put(missing.get(i), fresh.get(i));
                vectors.put(missing.get(i), fresh.get(i));
            }
        }
        return texts.stream().map(known::get).toList();
    }

    /** The cosine of two unit vectors. */
    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
