package io.newsdesk.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.util.LearnedScore;
import io.newsdesk.util.ModelFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.ToDoubleBiFunction;

/**
 * Fits a linear ranking function by listwise softmax: for each question, the probability mass the
 * softmax over its candidates' scores puts on the right candidates is maximised (L2-regularised,
 * Adam steps). Only the ordering within a question matters, which is what a ranker needs.
 */
final class ListwiseRanker {

    private static final double RATE = 0.05;

    /**
     * The form fitted: linear (one weight per feature) or quadratic (also one per pair of features,
     * {@link LearnedScore#expand}); the quadratic form has 8.5 times the weights, so it takes a
     * stronger L2 penalty (chosen by cross-validation on the development set).
     */
    enum Form {
        LINEAR(800, 1e-4),
        QUADRATIC(400, 3e-3);

        final int steps;
        final double l2;

        Form(int steps, double l2) {
            this.steps = steps;
            this.l2 = l2;
        }

        /** The form named by the optional third argument ({@code --linear}, {@code --quadratic}), else {@code otherwise}. */
        static Form of(String[] args, Form otherwise) {
            if (args.length < 3) {
                return otherwise;
            }
            return switch (args[2]) {
                case "--linear" -> LINEAR;
                case "--quadratic" -> QUADRATIC;
                default ->
                    throw new IllegalArgumentException("third argument: --linear or --quadratic, not " + args[2]);
            };
        }
    }

    /**
     * One question's candidates: a feature row, a label and a value per candidate (what the top
     * candidate is worth when it is ranked first, e.g. its answer F1).
     */
    record Group(double[][] features, boolean[] right, double[] value, int question, int archive) {

        /** The value of the best-scored candidate, 0 when there is none. */
        double topValue(double[] weights) {
            int best = -1;
            for (int i = 0; i < features.length; i++) {
                if (best < 0 || dot(weights, features[i]) > dot(weights, features[best])) {
                    best = i;
                }
            }
            return best < 0 ? 0 : value[best];
        }

        /** The same candidates with their features expanded to the quadratic score's inputs. */
        Group quadratic() {
            double[][] expanded = new double[features.length][];
            for (int i = 0; i < features.length; i++) {
                expanded[i] = LearnedScore.expand(features[i]);
            }
            return new Group(expanded, right, value, question, archive);
        }

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

    private static final int FOLDS = 5;

    private ListwiseRanker() {}

    /**
     * Prints cross-validated hit@1/3/5 and mean top value (folds by question, fixed shuffle), then
     * writes the weights fitted on all groups as the model file {@code model} (features {@code baseNames})
     * into {@link ModelFiles#outputDir()}.
     */
    static void crossValidateAndPrint(
            List<Group> groups, List<String> names, Form form, String model, List<String> baseNames, String command) {
        // A question asked of several archives is one question: all its groups go to the same fold.
        List<Integer> order = new ArrayList<>(
                groups.stream().map(Group::question).distinct().sorted().toList());
        Collections.shuffle(order, new Random(7));
        Map<Integer, Integer> foldOf = new HashMap<>();
        for (int k = 0; k < order.size(); k++) {
            foldOf.put(order.get(k), k % FOLDS);
        }
        int archives = groups.stream().mapToInt(Group::archive).max().orElse(0) + 1;
        int[][] hits = new int[archives][3];
        int[] asked = new int[archives];
        double value = 0;
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Group> train = new ArrayList<>();
            List<Group> test = new ArrayList<>();
            for (Group group : groups) {
                (foldOf.get(group.question()) == fold ? test : train).add(group);
            }
            double[] w = fit(train, names.size(), form);
            for (Group group : test) {
                int[] counts = hits[group.archive()];
                counts[0] += group.hitAt(w, 1) ? 1 : 0;
                counts[1] += group.hitAt(w, 3) ? 1 : 0;
                counts[2] += group.hitAt(w, 5) ? 1 : 0;
                asked[group.archive()]++;
                value += group.topValue(w);
            }
        }
        if (archives > 1) {
            for (int a = 0; a < archives; a++) {
                System.out.printf(
                        Locale.ROOT,
                        "archive %d: cross-validated hit@1 %.1f%% hit@3 %.1f%% over %d questions%n",
                        a + 1,
                        100.0 * hits[a][0] / asked[a],
                        100.0 * hits[a][1] / asked[a],
                        asked[a]);
            }
        }
        int[] total = new int[3];
        for (int[] counts : hits) {
            for (int j = 0; j < 3; j++) {
                total[j] += counts[j];
            }
        }
        int n = groups.size();
        long reachable = groups.stream().filter(Group::hasRight).count();
        System.out.printf(
                Locale.ROOT, "questions %d, a right candidate among them: %.1f%%%n", n, 100.0 * reachable / n);
        System.out.printf(
                Locale.ROOT,
                "cross-validated (%d folds by question): hit@1 %.1f%% hit@3 %.1f%% hit@5 %.1f%%,"
                        + " mean value of the top candidate %.3f%n",
                FOLDS,
                100.0 * total[0] / n,
                100.0 * total[1] / n,
                100.0 * total[2] / n,
                value / n);
        double[] w = fit(groups, names.size(), form);
        for (int j = 0; j < names.size(); j++) {
            System.out.printf(Locale.ROOT, "  %-40s %8.4f%n", names.get(j), w[j]);
        }
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("folds", FOLDS);
        metrics.put("folds_by", "question");
        metrics.put("questions", n);
        metrics.put("archives", archives);
        metrics.put("hit_at_1", ModelFiles.rounded((double) total[0] / n));
        metrics.put("hit_at_3", ModelFiles.rounded((double) total[1] / n));
        metrics.put("hit_at_5", ModelFiles.rounded((double) total[2] / n));
        metrics.put("mean_top_value", ModelFiles.rounded(value / n));
        metrics.put("right_candidate_reachable", ModelFiles.rounded((double) reachable / n));
        System.out.println("wrote "
                + ModelFiles.write(
                        model,
                        form == Form.QUADRATIC ? ModelFile.Form.quadratic : ModelFile.Form.linear,
                        baseNames,
                        0,
                        w,
                        command,
                        archives > 1
                                ? "the development set (../shared/eval), asked as of today through " + archives
                                        + " services, each holding it in an archive of another size (the command"
                                        + " names them)"
                                : ModelFiles.DATA,
                        metrics));
    }

    /**
     * Asks a running service for every development question's candidates through {@code fetch},
     * values each candidate with {@code value} (right when the value is at least {@code rightAt}),
     * then cross-validates and prints the weights in the form {@code args[2]} names, else {@code shipped}.
     * args: BASE_URL[,BASE_URL...] QUESTIONS_JSONL [--linear | --quadratic]; with several services (archives of
     * different sizes), every question is asked of each and the fit serves them all (folds by question).
     */
    static void trainFromService(
            String[] args,
            BiFunction<NewsdeskClient, ObjectNode, JsonNode> fetch,
            ToDoubleBiFunction<JsonNode, List<String>> value,
            double rightAt,
            Form shipped,
            String model) {
        List<Group> groups = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<JsonNode> questions = EvalData.readJsonLines(Path.of(args[1]));
        String[] bases = args[0].split(",");
        for (int archive = 0; archive < bases.length; archive++) {
            NewsdeskClient client = new NewsdeskClient(bases[archive]);
            for (int q = 0; q < questions.size(); q++) {
                JsonNode question = questions.get(q);
                List<String> golds = EvalData.answers(question);
                JsonNode found = fetch.apply(
                        client,
                        EvalData.JSON
                                .createObjectNode()
                                .put("question", question.path("question").asText()));
                EvalData.names(found, names);
                JsonNode candidates = found.path("candidates");
                boolean[] right = new boolean[candidates.size()];
                double[] values = new double[candidates.size()];
                for (int i = 0; i < candidates.size(); i++) {
                    values[i] = value.applyAsDouble(candidates.get(i), golds);
                    right[i] = values[i] >= rightAt;
                }
                groups.add(new Group(features(candidates), right, values, q, archive));
            }
        }
        Form form = Form.of(args, shipped);
        List<String> baseNames = List.copyOf(names);
        if (form == Form.QUADRATIC) {
            groups = groups.stream().map(Group::quadratic).toList();
            names = LearnedScore.expandedNames(names);
        }
        System.out.println("form: " + form.name().toLowerCase(Locale.ROOT));
        crossValidateAndPrint(
                groups,
                names,
                form,
                model,
                baseNames,
                "scripts/tool.sh " + (model.equals("ranker") ? "RankerTraining " : "ReaderTraining ")
                        + String.join(" ", args));
    }

    /** The feature rows of a JSON array of candidates, each with a {@code features} array. */
    static double[][] features(JsonNode candidates) {
        double[][] features = new double[candidates.size()][];
        for (int i = 0; i < candidates.size(); i++) {
            JsonNode values = candidates.get(i).path("features");
            features[i] = new double[values.size()];
            for (int j = 0; j < values.size(); j++) {
                features[i][j] = values.get(j).asDouble();
            }
        }
        return features;
    }

    /** Weights fitted on the groups that hold at least one right candidate. */
    static double[] fit(List<Group> groups, int dimensions, Form form) {
        List<Group> usable = groups.stream().filter(Group::hasRight).toList();
        double[] w = new double[dimensions];
        double[] m = new double[dimensions];
        double[] v = new double[dimensions];
        for (int step = 1; step <= form.steps; step++) {
            double[] gradient = new double[dimensions];
            for (Group group : usable) {
                addGradient(group, w, gradient);
            }
            for (int j = 0; j < dimensions; j++) {
                double g = gradient[j] / usable.size() + form.l2 * w[j];
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
