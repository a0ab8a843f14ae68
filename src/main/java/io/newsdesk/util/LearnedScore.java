package io.newsdesk.util;

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
        double[] out = new double[expandedSize(f.length)];
        System.arraycopy(f, 0, out, 0, f.length);
        int k = f.length;
        for (int i = 0; i < f.length; i++) {
            for (int j = i + 1; j < f.length; j++) {
                out[k++] = f[i] * f[j];
            }
        }
        return out;
    }

    /** Whether the weights include the pairs. */
    public boolean quadratic() {
        return quadratic;
    }

    /** The score of one feature vector; features beyond the configured count are ignored. */
    public double score(double[] f) {
        int n = Math.min(f.length, features);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += weights[i] * f[i];
        }
        if (quadratic) {
            int k = features;
            for (int i = 0; i < features; i++) {
                for (int j = i + 1; j < features; j++, k++) {
                    if (j < n) {
                        sum += weights[k] * f[i] * f[j];
                    }
                }
            }
        }
        return sum;
    }
}
