package io.newsdesk.tools;

import io.newsdesk.util.ModelFile;
import java.util.List;
import java.util.Map;

/**
 * Fits the confidence calibration: L2-regularised logistic regression of "the short answer is
 * right" on the confidence features, where questions asked with their gold articles withheld are
 * negatives. Reports out-of-fold (cross-validated) probabilities so figures are never in-sample.
 */
final class Calibrator {

    private static final int FOLDS = 5;
    private static final double L2 = 0.01;
    private static final int STEPS = 3_000;
    private static final double RATE = 0.1;

    /** One training example: features, label and the question it belongs to (for fold assignment). */
    record Example(double[] features, boolean correct, int question) {}

    /** Fitted model on the original feature scale: p = sigmoid(bias + weights . x). */
    record Model(double bias, double[] weights) {

        double probability(double[] x) {
            double z = bias;
            for (int i = 0; i < x.length; i++) {
                z += weights[i] * x[i];
            }
            return 1 / (1 + Math.exp(-z));
        }

        /** Writes this model as the model file {@code name} over {@code features}, fitted by {@code command} on {@code data}. */
        java.nio.file.Path write(
                String name, List<String> features, String command, String data, Map<String, Object> metrics) {
            return ModelFiles.write(name, ModelFile.Form.logistic, features, bias, weights, command, data, metrics);
        }
    }

    private Calibrator() {}

    /** Out-of-fold probability for every example, folds split by question. */
    static double[] crossValidated(List<Example> examples) {
        double[] out = new double[examples.size()];
        for (int fold = 0; fold < FOLDS; fold++) {
            int f = fold;
            List<Example> train =
                    examples.stream().filter(e -> e.question() % FOLDS != f).toList();
            Model model = fit(train);
            for (int i = 0; i < examples.size(); i++) {
                if (examples.get(i).question() % FOLDS == f) {
                    out[i] = model.probability(examples.get(i).features());
                }
            }
        }
        return out;
    }

    /** Fits on all examples, by batch gradient descent on standardised features. */
    static Model fit(List<Example> examples) {
        int d = examples.get(0).features().length;
        double[] mean = new double[d];
        double[] std = new double[d];
        for (Example e : examples) {
            for (int j = 0; j < d; j++) {
                mean[j] += e.features()[j] / examples.size();
            }
        }
        for (Example e : examples) {
            for (int j = 0; j < d; j++) {
                std[j] += Math.pow(e.features()[j] - mean[j], 2) / examples.size();
            }
        }
        for (int j = 0; j < d; j++) {
            std[j] = Math.max(Math.sqrt(std[j]), 1e-6);
        }
        double[] w = new double[d];
        double b = 0;
        for (int step = 0; step < STEPS; step++) {
            double[] gradient = new double[d];
            double gradientB = 0;
            for (Example e : examples) {
                double z = b;
                for (int j = 0; j < d; j++) {
                    z += w[j] * (e.features()[j] - mean[j]) / std[j];
                }
                double error = 1 / (1 + Math.exp(-z)) - (e.correct() ? 1 : 0);
                for (int j = 0; j < d; j++) {
                    gradient[j] += error * (e.features()[j] - mean[j]) / std[j] / examples.size();
                }
                gradientB += error / examples.size();
            }
            for (int j = 0; j < d; j++) {
                w[j] -= RATE * (gradient[j] + L2 * w[j]);
            }
            b -= RATE * gradientB;
        }
        double[] weights = new double[d];
        double bias = b;
        for (int j = 0; j < d; j++) {
            weights[j] = w[j] / std[j];
            bias -= w[j] * mean[j] / std[j];
        }
        return new Model(bias, weights);
    }

    /** Cross-validated figures of out-of-fold probabilities: log loss, Brier score and ROC AUC. */
    static Map<String, Object> metrics(List<Example> examples, double[] probabilities) {
        double logLoss = 0;
        double brier = 0;
        for (int i = 0; i < examples.size(); i++) {
            double p = Math.min(1 - 1e-9, Math.max(1e-9, probabilities[i]));
            double y = examples.get(i).correct() ? 1 : 0;
            logLoss -= y * Math.log(p) + (1 - y) * Math.log(1 - p);
            brier += (p - y) * (p - y);
        }
        double concordant = 0;
        long pairs = 0;
        for (int i = 0; i < examples.size(); i++) {
            for (int j = 0; j < examples.size(); j++) {
                if (examples.get(i).correct() && !examples.get(j).correct()) {
                    pairs++;
                    concordant +=
                            probabilities[i] > probabilities[j] ? 1 : probabilities[i] == probabilities[j] ? 0.5 : 0;
                }
            }
        }
        Map<String, Object> metrics = new java.util.LinkedHashMap<>();
        metrics.put("folds", FOLDS);
        metrics.put("folds_by", "question");
        metrics.put("examples", examples.size());
        metrics.put("log_loss", ModelFiles.rounded(logLoss / examples.size()));
        metrics.put("brier", ModelFiles.rounded(brier / examples.size()));
        metrics.put("roc_auc", ModelFiles.rounded(pairs == 0 ? 0 : concordant / pairs));
        return metrics;
    }
}
