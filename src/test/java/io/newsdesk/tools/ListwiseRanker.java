package io.newsdesk.tools;

import java.util.List;

/**
 * Fits a linear ranking function by listwise softmax: for each question, the probability mass the
 * softmax over its candidates' scores puts on the right candidates is maximised (L2-regularised,
 * Adam steps). Only the ordering within a question matters, which is what a ranker needs.
 */
final class ListwiseRanker {

    private static final int STEPS = 800;
    private static final double RATE = 0.05;
    private static final double L2 = 1e-4;

    /** One question's candidates: a feature row and a label per candidate. */
    record Group(double[][] features, boolean[] right) {

        boolean hasRight() {
            for (boolean r : right) {
                if (r) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a right candidate is among the k best under the weights. */
        boolean hitAt(double[] weights, int k) {
            double[] scores = new double[features.length];
            for (int i = 0; i < features.length; i++) {
                scores[i] = dot(weights, features[i]);
            }
            for (int i = 0; i < features.length; i++) {
                if (right[i]) {
                    int better = 0;
                    for (double other : scores) {
                        better += other > scores[i] ? 1 : 0;
                    }
                    if (better < k) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private ListwiseRanker() {
    }

    /** Weights fitted on the groups that hold at least one right candidate. */
    static double[] fit(List<Group> groups, int dimensions) {
        List<Group> usable = groups.stream().filter(Group::hasRight).toList();
        double[] w = new double[dimensions];
        double[] m = new double[dimensions];
        double[] v = new double[dimensions];
        for (int step = 1; step <= STEPS; step++) {
            double[] gradient = new double[dimensions];
            for (Group group : usable) {
                addGradient(group, w, gradient);
            }
            for (int j = 0; j < dimensions; j++) {
                double g = gradient[j] / usable.size() + L2 * w[j];
                m[j] = 0.9 * m[j] + 0.1 * g;
                v[j] = 0.999 * v[j] + 0.001 * g * g;
                double mHat = m[j] / (1 - Math.pow(0.9, step));
                double vHat = v[j] / (1 - Math.pow(0.999, step));
                w[j] -= RATE * mHat / (Math.sqrt(vHat) + 1e-8);
            }
        }
        return w;
    }

    /** Gradient of -log(sum of softmax probabilities of the right candidates). */
    private static void addGradient(Group group, double[] w, double[] gradient) {
        int n = group.features().length;
        double[] p = new double[n];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            p[i] = dot(w, group.features()[i]);
            max = Math.max(max, p[i]);
        }
        double all = 0;
        double right = 0;
        for (int i = 0; i < n; i++) {
            p[i] = Math.exp(p[i] - max);
            all += p[i];
            right += group.right()[i] ? p[i] : 0;
        }
        for (int i = 0; i < n; i++) {
            double coefficient = p[i] / all - (group.right()[i] ? p[i] / right : 0);
            for (int j = 0; j < w.length; j++) {
                gradient[j] += coefficient * group.features()[i][j];
            }
        }
    }

    static double dot(double[] w, double[] x) {
        double sum = 0;
        for (int j = 0; j < w.length; j++) {
            sum += w[j] * x[j];
        }
        return sum;
    }
}
