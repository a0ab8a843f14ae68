package io.newsdesk.tools;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.answer.confidence.ConfidenceFeatures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/** Aggregates evaluation outcomes: overall, by article kind and question type, a threshold sweep and confidence bands. */
final class Report {

    /** Most correct answers, in percent, an abstention threshold may cost (issue 3's bound). */
    private static final double MAX_LOST = 10;

    private static final String[] COLUMNS = {
        "group",
        "n",
        "EM",
        "F1",
        "hit@1",
        "hit@3",
        "gold art@3",
        "abstain",
        "withheld refused",
        "hit@1 (no abstain)",
        "hit@3 (no abstain)",
        "F1 (no abstain)",
        "p50 ms",
        "p95 ms"
    };

    private final List<Outcome> outcomes;

    Report(List<Outcome> outcomes) {
        this.outcomes = List.copyOf(outcomes);
    }

    private Map<String, List<Outcome>> groups() {
        Map<String, List<Outcome>> groups = new LinkedHashMap<>();
        groups.put("all", outcomes);
        addGroups(groups, "kind=", Outcome::kind);
        addGroups(groups, "type=", Outcome::type);
        return groups;
    }

    private void addGroups(Map<String, List<Outcome>> groups, String prefix, Function<Outcome, String> key) {
        for (Outcome outcome : outcomes) {
            groups.computeIfAbsent(prefix + key.apply(outcome), k -> new ArrayList<>())
                    .add(outcome);
        }
    }

    private static double[] row(List<Outcome> group) {
        return new double[] {
            group.size(),
            mean(group, Outcome::em),
            mean(group, Outcome::f1),
            share(group, Outcome::hit1),
            share(group, Outcome::hit3),
            share(group, Outcome::goldArticleIn3),
            share(group, o -> !o.answered()),
            share(group, Outcome::withheldRefused),
            share(group, Outcome::openHit1),
            share(group, Outcome::openHit3),
            mean(group, Outcome::openF1),
            percentile(group, 50),
            percentile(group, 95)
        };
    }

    String markdown() {
        StringBuilder md =
                new StringBuilder("| ").append(String.join(" | ", COLUMNS)).append(" |\n|");
        md.append(" --- |".repeat(COLUMNS.length)).append('\n');
        groups().forEach((name, group) -> {
            double[] row = row(group);
            md.append("| ").append(name).append(" | ").append((int) row[0]);
            for (int i = 1; i < row.length; i++) {
                md.append(" | ")
                        .append(
                                i == 2 || i == 10
                                        ? String.format("%.3f", row[i])
                                        : i >= 11
                                                ? String.format("%.0f", row[i])
                                                : String.format("%.1f%%", 100 * row[i]));
            }
            md.append(" |\n");
        });
        md.append(calibration());
        return md.toString();
    }

    /**
     * The calibration section: logistic models fitted on the confidence features (confidence: the answer
     * is right; evidence: the gold articles are in the archive, undated and, over the date features too,
     * dated), the cross-validated sweep of the abstention thresholds for each evidence model, confidence
     * bands, and the fitted models written as model files.
     */
    String calibration() {
        int undated = ConfidenceFeatures.NAMES.size();
        Function<double[], double[]> first = features -> Arrays.copyOf(features, undated);
        List<Calibrator.Example> right = examples(
                o -> first.apply(o.undatedOpenFeatures()),
                o -> first.apply(o.undatedWithheldFeatures()),
                Outcome::undatedOpenCorrect);
        List<Calibrator.Example> present = examples(
                o -> first.apply(o.undatedOpenFeatures()), o -> first.apply(o.undatedWithheldFeatures()), o -> true);
        List<Calibrator.Example> datedRight = examples(
                o -> first.apply(o.openFeatures()), o -> first.apply(o.withheldFeatures()), Outcome::openCorrect);
        List<Calibrator.Example> datedPresent = examples(Outcome::openFeatures, Outcome::withheldFeatures, o -> true);
        double[] confidence = Calibrator.crossValidated(right);
        double[] datedConfidence = Calibrator.crossValidated(datedRight);
        double[] evidence = Calibrator.crossValidated(present);
        double[] datedEvidence = Calibrator.crossValidated(datedPresent);
        StringBuilder md = new StringBuilder();
        md.append(sweepSection(
                "undated evidence model (questions asked without `as_of`)",
                evidence,
                confidence,
                Outcome::undatedOpenCorrect));
        md.append(sweepSection(
                "dated evidence model (questions asked as of their date; features "
                        + String.join(
                                ", ",
                                ConfidenceFeatures.DATED_NAMES.subList(undated, ConfidenceFeatures.DATED_NAMES.size()))
                        + " too)",
                datedEvidence,
                datedConfidence,
                Outcome::openCorrect));
        md.append("\nAccuracy by cross-validated confidence band (gold present; correct = token F1 >= 0.5), asked"
                        + " without a date:\n\n")
                .append(bands(confidence, Outcome::undatedOpenCorrect));
        md.append("\nAnd asked as of the question's date (the dated confidence model):\n\n")
                .append(bands(datedConfidence, Outcome::openCorrect));
        md.append("\nFitted on all questions and written as model files (features ")
                .append(String.join(", ", ConfidenceFeatures.DATED_NAMES))
                .append("; the first three models read the first ")
                .append(undated)
                .append("; copy them over src/main/resources/models/ to ship them):\n\n");
        String negatives = "; negatives: the same questions with their gold articles withheld";
        md.append(fitted(
                "confidence",
                right,
                confidence,
                ConfidenceFeatures.NAMES,
                "positives: right answers (token F1 >= 0.5) with the gold articles present, asked without a date"
                        + negatives));
        md.append(fitted(
                "evidence",
                present,
                evidence,
                ConfidenceFeatures.NAMES,
                "positives: every question asked without a date with its gold articles present" + negatives));
        md.append(fitted(
                "dated-confidence",
                datedRight,
                datedConfidence,
                ConfidenceFeatures.NAMES,
                "positives: right answers with the gold articles present, asked as of the question's date"
                        + negatives));
        md.append(fitted(
                "dated-evidence",
                datedPresent,
                datedEvidence,
                ConfidenceFeatures.DATED_NAMES,
                "positives: every question asked as of its date with its gold articles present" + negatives));
        return md.toString();
    }

    /**
     * Fits one logistic model on all examples and writes its file with the metrics of its
     * cross-validated probabilities (already computed for the sweeps), and says so.
     */
    private static String fitted(
            String name,
            List<Calibrator.Example> examples,
            double[] crossValidated,
            List<String> features,
            String data) {
        return "- `"
                + Calibrator.fit(examples).write(name, features, data, Calibrator.metrics(examples, crossValidated))
                + "`\n";
    }

    /** Share of right answers (abstention off) by band of a cross-validated confidence (two entries per question). */
    private String bands(double[] confidence, Predicate<Outcome> correct) {
        StringBuilder md = new StringBuilder("| confidence | n | correct |\n| --- | --- | --- |\n");
        for (int band = 0; band < 5; band++) {
            int n = 0;
            int hits = 0;
            for (int i = 0; i < outcomes.size(); i++) {
                if (Math.min(4, (int) (confidence[2 * i] * 5)) == band) {
                    n++;
                    hits += correct.test(outcomes.get(i)) ? 1 : 0;
                }
            }
            md.append(String.format(
                    "| %.1f-%.1f | %d | %.1f%% |%n", band / 5.0, (band + 1) / 5.0, n, 100.0 * hits / Math.max(1, n)));
        }
        return md.toString();
    }

    /**
     * Two examples per question, in question order: the features asked with the gold articles present
     * (positive when {@code positive} holds) and with them withheld (negative).
     */
    private List<Calibrator.Example> examples(
            Function<Outcome, double[]> open, Function<Outcome, double[]> withheld, Predicate<Outcome> positive) {
        List<Calibrator.Example> examples = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome outcome = outcomes.get(i);
            examples.add(new Calibrator.Example(open.apply(outcome), positive.test(outcome), i));
            examples.add(new Calibrator.Example(withheld.apply(outcome), false, i));
        }
        return examples;
    }

    /** The cross-validated sweep of one evidence model's threshold e with the confidence floor c. */
    private String sweepSection(String title, double[] evidence, double[] confidence, Predicate<Outcome> correct) {
        StringBuilder md = new StringBuilder("\nAbstention with the " + title + ", cross-validated (5 folds by"
                + " question; both models refitted on the other folds; not_found below evidence threshold e or"
                + " confidence floor c):\n\n"
                + "| e | c | withheld refused | correct answers lost | answered (gold present) |\n"
                + "| --- | --- | --- | --- | --- |\n");
        double[] best = {0, 0, 0, 0, 0};
        for (int floor = 0; floor <= 20; floor += 5) {
            double c = floor / 100.0;
            double[] bestAtFloor = {0, c, 0, 0, 0};
            for (int step = 1; step < 91; step++) {
                double e = step / 100.0;
                double[] sweep = sweep(evidence, e, confidence, c, correct);
                if (sweep[1] <= MAX_LOST && sweep[0] >= bestAtFloor[2]) {
                    bestAtFloor = new double[] {e, c, sweep[0], sweep[1], sweep[2]};
                }
                if (floor == 0 && (step % 5 == 0 || (step > 30 && step < 75))) {
                    md.append(row(e, c, sweep));
                }
            }
            if (floor > 0) {
                md.append(row(bestAtFloor[0], c, sweep(evidence, bestAtFloor[0], confidence, c, correct)));
            }
            best = bestAtFloor[2] > best[2] ? bestAtFloor : best;
        }
        md.append(String.format(
                "%nMost withheld questions refused losing at most %.0f%% of correct answers: e = %.2f,"
                        + " c = %.2f (withheld refused %.1f%%, correct answers lost %.1f%%).%n",
                MAX_LOST, best[0], best[1], best[2], best[3]));
        return md.toString();
    }

    private static String row(double e, double c, double[] sweep) {
        return String.format("| %.2f | %.2f | %.1f%% | %.1f%% | %.1f%% |%n", e, c, sweep[0], sweep[1], sweep[2]);
    }

    /**
     * Withheld refused, correct answers lost and answered (gold present), in percent, when answers below
     * evidence threshold e or confidence floor c are not_found.
     */
    private double[] sweep(double[] evidence, double e, double[] confidence, double c, Predicate<Outcome> correct) {
        int refused = 0;
        int lost = 0;
        int answered = 0;
        int right = 0;
        for (int i = 0; i < outcomes.size(); i++) {
            boolean openRefused = evidence[2 * i] < e || confidence[2 * i] < c;
            boolean openRight = correct.test(outcomes.get(i));
            refused += evidence[2 * i + 1] < e || confidence[2 * i + 1] < c ? 1 : 0;
            answered += openRefused ? 0 : 1;
            right += openRight ? 1 : 0;
            lost += openRight && openRefused ? 1 : 0;
        }
        return new double[] {
            100.0 * refused / outcomes.size(), 100.0 * lost / Math.max(1, right), 100.0 * answered / outcomes.size()
        };
    }

    ObjectNode json() {
        ObjectNode json = EvalData.JSON.createObjectNode();
        ObjectNode groups = json.putObject("groups");
        groups().forEach((name, group) -> {
            ObjectNode node = groups.putObject(name);
            double[] row = row(group);
            for (int i = 1; i < COLUMNS.length; i++) {
                node.put(COLUMNS[i], row[i - 1]);
            }
        });
        ArrayNode perQuestion = json.putArray("questions");
        outcomes.forEach(o -> perQuestion.add(EvalData.JSON.valueToTree(o)));
        return json;
    }

    private static double mean(List<Outcome> group, ToDoubleFunction<Outcome> value) {
        return group.stream().mapToDouble(value).average().orElse(0);
    }

    private static double share(List<Outcome> group, Predicate<Outcome> test) {
        return group.isEmpty() ? 0 : (double) group.stream().filter(test).count() / group.size();
    }

    private static double percentile(List<Outcome> group, int p) {
        double[] sorted = group.stream().mapToDouble(Outcome::millis).sorted().toArray();
        return sorted.length == 0
                ? 0
                : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
