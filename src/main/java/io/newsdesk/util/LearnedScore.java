package io.newsdesk.util;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A learned score over a feature vector of {@code n} values: linear (n weights) or quadratic (n
 * weights, then one per pair of features i &lt; j in the order (0,1), (0,2), ..., (n-2,n-1)). The
 * pairs let the score weigh one feature by another ("title match counts more when the sentence is
 * near the top of its article") without hand-written combined features. The training tools fit the
 * weights on {@link #expand} of the same vectors, so what is fitted is what is served.
 */
public final class LearnedScore {

    private final double[] weights;
    private final int features;
    private final boolean quadratic;

    private LearnedScore(double[] weights, int features, boolean quadratic) {
        this.weights = weights;
        this.features = features;
        this.quadratic = quadratic;
    }

    /**
     * Weights for {@code names.size()} features, linear or quadratic by their count.
     *
     * @param key the configuration property the weights come from, named in the error
     * @throws IllegalArgumentException when the count fits neither form or a weight is not finite
     */
    public static LearnedScore of(List<Double> weights, List<String> names, String key) {
        int n = names.size();
        boolean quadratic = weights.size() == expandedSize(n);
        if (weights.size() != n && !quadratic) {
            throw new IllegalArgumentException("expected " + n + " weights (" + key + ", one per feature: "
                    + String.join(", ", names) + "), or " + expandedSize(n) + " with one per pair of features; got "
                    + weights.size());
        }
        double[] values = new double[weights.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = weights.get(i);
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(key + ": weights must be finite numbers");
            }
        }
        return new LearnedScore(values, n, quadratic);
    }

    /** How many values {@link #expand} makes of {@code n} features: n + n(n-1)/2. */
    public static int expandedSize(int n) {
        return n + n * (n - 1) / 2;
    }

    /** The features followed by the product of every pair of them, the quadratic score's inputs. */
    public static double[] expand(double[] f) {
        double[] out = Arrays.copyOf(f, expandedSize(f.length));
        int[] k = {f.length};
        forEachPair(f.length, (i, j) -> out[k[0]++] = f[i] * f[j]);
        return out;
    }

    /** The names of {@link #expand}'s values: the features' own, then "a*b" for each pair. */
    public static List<String> expandedNames(List<String> names) {
        List<String> all = new ArrayList<>(names);
        forEachPair(names.size(), (i, j) -> all.add(names.get(i) + "*" + names.get(j)));
        return all;
    }

    /** Whether the weights include the pairs. */
    public boolean quadratic() {
        return quadratic;
    }

    /** The score of one feature vector: missing features count as 0, those beyond the configured count are ignored. */
    public double score(double[] f) {
        double[] own = Arrays.copyOf(f, features);
        double[] inputs = quadratic ? expand(own) : own;
        double sum = 0;
        for (int i = 0; i < inputs.length; i++) {
            sum += weights[i] * inputs[i];
        }
        return sum;
    }

    /** The one place that fixes the order of the pairs: (0,1), (0,2), ..., (n-2,n-1). */
    private static void forEachPair(int n, PairAction action) {
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                action.accept(i, j);
            }
        }
    }

    @FunctionalInterface
    private interface PairAction {
        void accept(int i, int j);
    }
}
