package io.newsdesk.tools;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.answer.confidence.ConfidenceFeatures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * Aggregates evaluation outcomes per condition (when the questions were asked): overall, for the
 * questions asked today, by article kind and question type; errors by cause; and the abstention
 * models fitted on every condition at once, with their cross-validated sweep and confidence bands.
 */
final class Report {

    /** Most right answers, in percent, the floors may cost as of the question's date. */
    private static final double MAX_LOST_AS_OF_DATE = 5;
    /** Most right answers, in percent, the floors may cost a year later. */
    private static final double MAX_LOST_YEAR_LATER = 10;

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
        "withheld, answer elsewhere",
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

    private List<Outcome> in(Outcome.Condition condition) {
        return outcomes.stream().filter(o -> o.condition() == condition).toList();
    }

    private static Map<String, List<Outcome>> groups(List<Outcome> outcomes) {
        Map<String, List<Outcome>> groups = new LinkedHashMap<>();
        groups.put("all", outcomes);
        List<Outcome> today = outcomes.stream().filter(o -> !o.dated()).toList();
        if (!today.isEmpty()) {
            groups.put("asked today (no date)", today);
        }
        addGroups(groups, outcomes, "kind=", Outcome::kind);
        addGroups(groups, outcomes, "type=", Outcome::type);
        return groups;
    }

    private static void addGroups(
            Map<String, List<Outcome>> groups, List<Outcome> outcomes, String prefix, Function<Outcome, String> key) {
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
            share(mustRefuse(group), Outcome::withheldRefused),
            share(group, Outcome::withheldElsewhere),
            share(group, Outcome::openHit1),
            share(group, Outcome::openHit3),
            mean(group, Outcome::openF1),
            percentile(group, 50),
            percentile(group, 95)
        };
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        for (Outcome.Condition condition : Outcome.Condition.values()) {
            md.append("\n### Asked ").append(condition.label).append("\n\n").append(table(in(condition)));
        }
        md.append(causes());
        md.append(calibration());
        return md.toString();
    }

    private static String table(List<Outcome> outcomes) {
        StringBuilder md =
                new StringBuilder("| ").append(String.join(" | ", COLUMNS)).append(" |\n|");
        md.append(" --- |".repeat(COLUMNS.length)).append('\n');
        groups(outcomes).forEach((name, group) -> {
            double[] row = row(group);
            md.append("| ").append(name).append(" | ").append((int) row[0]);
            for (int i = 1; i < row.length; i++) {
                String column = COLUMNS[i + 1];
                md.append(" | ")
                        .append(
                                column.startsWith("F1")
                                        ? String.format("%.3f", row[i])
                                        : column.endsWith(" ms")
                                                ? String.format("%.0f", row[i])
                                                : String.format("%.1f%%", 100 * row[i]));
            }
            md.append(" |\n");
        });
        return md.toString();
    }

    /** Answers by cause of error, as served and with abstention off, in each condition. */
    String causes() {
        StringBuilder md = new StringBuilder("\nAnswers by cause (as served / abstention off):\n\n| cause |");
        for (Outcome.Condition condition : Outcome.Condition.values()) {
            md.append(' ').append(condition.label).append(" |");
        }
        md.append("\n|")
                .append(" --- |".repeat(Outcome.Condition.values().length + 1))
                .append('\n');
        for (ErrorCauses.Cause cause : ErrorCauses.Cause.values()) {
            md.append("| ").append(cause.label).append(" |");
            for (Outcome.Condition condition : Outcome.Condition.values()) {
                List<Outcome> asked = in(condition);
                md.append(String.format(
                        " %.1f%% / %.1f%% |",
                        100 * share(asked, o -> o.cause() == cause), 100 * share(asked, o -> o.openCause() == cause)));
            }
            md.append('\n');
        }
        return md.toString();
    }

    /**
     * The calibration section: the confidence model (the answer is right) and the evidence model (the gold
     * articles are in the archive), each fitted on the questions of every condition at once; the
     * cross-validated sweep of the abstention floors in each condition, confidence bands, and the fitted
     * models written as model files.
     */
    String calibration() {
        return calibration(
                "make eval (or scripts/tool.sh Recalibration target/eval/report.json)",
                "the development set (../shared/eval), asked through a service holding it");
    }

    /**
     * The same, the model files saying they were fitted by {@code command} on {@code archives} (what the service
     * asked held).
     */
    String calibration(String command, String archives) {
        List<Calibrator.Example> right =
                examples(Outcome::openFeatures, Outcome::withheldFeatures, Outcome::openCorrect);
        List<Calibrator.Example> present = examples(Outcome::openFeatures, Outcome::withheldFeatures, o -> true);
        double[] confidence = Calibrator.crossValidated(right);
        double[] evidence = Calibrator.crossValidated(present);
        StringBuilder md = new StringBuilder();
        md.append(sweepSection(evidence, confidence));
        for (Outcome.Condition condition : Outcome.Condition.values()) {
            md.append("\nAccuracy by cross-validated confidence band (correct = token F1 >= 0.5), asked ")
                    .append(condition.label)
                    .append(":\n\n")
                    .append(bands(confidence, condition));
        }
        md.append("\nFitted on all questions of every condition and written as model files (features ")
                .append(String.join(", ", ConfidenceFeatures.NAMES))
                .append("; copy them over src/main/resources/models/ to ship them):\n\n");
        String data = archives + ", as of each"
                + " question's date and a year later; negatives: the same questions with their gold articles withheld"
                + " (positives when another article still gives the right answer)";
        md.append(fitted(
                "confidence",
                right,
                confidence,
                command,
                "positives: right answers (token F1 >= 0.5) with the gold present; " + data));
        md.append(fitted(
                "evidence",
                present,
                evidence,
                command,
                "positives: every question with its gold articles present; " + data));
        return md.toString();
    }

    /**
     * Fits one logistic model on all examples and writes its file with the metrics of its
     * cross-validated probabilities (already computed for the sweeps), and says so.
     */
    private static String fitted(
            String name, List<Calibrator.Example> examples, double[] crossValidated, String command, String data) {
        return "- `"
                + Calibrator.fit(examples)
                        .write(
                                name,
                                ConfidenceFeatures.NAMES,
                                command,
                                data,
                                Calibrator.metrics(examples, crossValidated))
                + "`\n";
    }

    /**
     * Share of right answers (abstention off) by band of the cross-validated confidence, in one condition:
     * over the questions asked with their gold articles present, and over those and the same questions
     * with their gold articles withheld (always wrong), the population the model is fitted on.
     */
    private String bands(double[] confidence, Outcome.Condition condition) {
        StringBuilder md =
                new StringBuilder("| confidence | n (gold present) | correct | n (with withheld) | correct |\n"
                        + "| --- | --- | --- | --- | --- |\n");
        for (int band = 0; band < 5; band++) {
            int[] present = new int[2];
            int[] all = new int[2];
            for (int i = 0; i < outcomes.size(); i++) {
                Outcome outcome = outcomes.get(i);
                if (outcome.condition() != condition) {
                    continue;
                }
                if (band(confidence[2 * i]) == band) {
                    int right = outcome.openCorrect() ? 1 : 0;
                    present[0]++;
                    present[1] += right;
                    all[0]++;
                    all[1] += right;
                }
                if (band(confidence[2 * i + 1]) == band) {
                    all[0]++;
                }
            }
            md.append(String.format(
                    "| %.1f-%.1f | %d | %.1f%% | %d | %.1f%% |%n",
                    band / 5.0,
                    (band + 1) / 5.0,
                    present[0],
                    100.0 * present[1] / Math.max(1, present[0]),
                    all[0],
                    100.0 * all[1] / Math.max(1, all[0])));
        }
        return md.toString();
    }

    private static int band(double confidence) {
        return Math.min(4, (int) (confidence * 5));
    }

    /**
     * Two examples per outcome, in outcome order: the features asked with the gold articles present
     * (positive when {@code positive} holds) and with them withheld (negative, unless another article gives the
     * right answer, {@link Outcome#withheldElsewhere}); folds by question, so
     * both conditions of a question fall in the same fold.
     */
    private List<Calibrator.Example> examples(
            Function<Outcome, double[]> open, Function<Outcome, double[]> withheld, Predicate<Outcome> positive) {
        List<Calibrator.Example> examples = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            examples.add(new Calibrator.Example(open.apply(outcome), positive.test(outcome), outcome.question()));
            examples.add(
                    new Calibrator.Example(withheld.apply(outcome), outcome.withheldElsewhere(), outcome.question()));
        }
        return examples;
    }

    /**
     * The cross-validated sweep of the evidence threshold e with the confidence floor c, each condition's
     * withheld questions refused and right answers lost side by side, and the pair chosen: the most
     * withheld questions refused on average while losing at most 5% of right answers as of the
     * question's date and 10% a year later.
     */
    private String sweepSection(double[] evidence, double[] confidence) {
        Outcome.Condition[] conditions = Outcome.Condition.values();
        StringBuilder md = new StringBuilder("\nAbstention, cross-validated (5 folds by question; both models"
                + " refitted on the other folds; not_found below evidence threshold e or confidence floor c);"
                + " per condition: withheld refused / right answers lost:\n\n| e | c |");
        for (Outcome.Condition condition : conditions) {
            md.append(' ').append(condition.label).append(" |");
        }
        md.append("\n|").append(" --- |".repeat(conditions.length + 2)).append('\n');
        double[] best = null;
        double bestRefused = -1;
        for (int floor = 0; floor <= 20; floor += 5) {
            double c = floor / 100.0;
            for (int step = 1; step < 91; step++) {
                double e = step / 100.0;
                double[][] sweeps = new double[conditions.length][];
                double refused = 0;
                boolean within = true;
                for (int k = 0; k < conditions.length; k++) {
                    sweeps[k] = sweep(evidence, e, confidence, c, conditions[k]);
                    refused += sweeps[k][0] / conditions.length;
                    double maxLost =
                            conditions[k] == Outcome.Condition.AS_OF_DATE ? MAX_LOST_AS_OF_DATE : MAX_LOST_YEAR_LATER;
                    within &= sweeps[k][1] <= maxLost;
                }
                if (within && refused > bestRefused) {
                    bestRefused = refused;
                    best = new double[] {e, c};
                }
                if (floor == 0 && (step % 5 == 0 || (step > 30 && step < 75 && step % 2 == 0))) {
                    md.append(row(e, c, sweeps));
                }
            }
        }
        if (best == null) {
            return md.append("\nNo pair of floors keeps within the bounds on lost right answers.\n")
                    .toString();
        }
        double[][] chosen = new double[conditions.length][];
        for (int k = 0; k < conditions.length; k++) {
            chosen[k] = sweep(evidence, best[0], confidence, best[1], conditions[k]);
        }
        md.append("\nChosen (most withheld refused on average, losing at most ")
                .append(String.format(
                        "%.0f%% of right answers %s and %.0f%% %s): ",
                        MAX_LOST_AS_OF_DATE, conditions[0].label, MAX_LOST_YEAR_LATER, conditions[1].label))
                .append("\n\n| e | c |");
        for (Outcome.Condition condition : conditions) {
            md.append(' ').append(condition.label).append(" |");
        }
        md.append("\n|").append(" --- |".repeat(conditions.length + 2)).append('\n');
        md.append(row(best[0], best[1], chosen));
        return md.toString();
    }

    private static String row(double e, double c, double[][] sweeps) {
        StringBuilder row = new StringBuilder(String.format("| %.2f | %.2f |", e, c));
        for (double[] sweep : sweeps) {
            row.append(String.format(" %.1f%% / %.1f%% |", sweep[0], sweep[1]));
        }
        return row.append('\n').toString();
    }

    /**
     * Withheld refused (of those whose answer is nowhere else) and right answers lost, in percent, in one
     * condition, when answers below evidence threshold e or confidence floor c are not_found.
     */
    private double[] sweep(double[] evidence, double e, double[] confidence, double c, Outcome.Condition condition) {
        int asked = 0;
        int refused = 0;
        int lost = 0;
        int right = 0;
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome outcome = outcomes.get(i);
            if (outcome.condition() != condition) {
                continue;
            }
            boolean openRefused = evidence[2 * i] < e || confidence[2 * i] < c;
            boolean openRight = outcome.openCorrect();
            if (!outcome.withheldElsewhere()) {
                asked++;
                refused += evidence[2 * i + 1] < e || confidence[2 * i + 1] < c ? 1 : 0;
            }
            right += openRight ? 1 : 0;
            lost += openRight && openRefused ? 1 : 0;
        }
        return new double[] {100.0 * refused / Math.max(1, asked), 100.0 * lost / Math.max(1, right)};
    }

    ObjectNode json() {
        ObjectNode json = EvalData.JSON.createObjectNode();
        ObjectNode conditions = json.putObject("conditions");
        for (Outcome.Condition condition : Outcome.Condition.values()) {
            ObjectNode groups = conditions.putObject(condition.name().toLowerCase(Locale.ROOT));
            groups(in(condition)).forEach((name, group) -> {
                ObjectNode node = groups.putObject(name);
                double[] row = row(group);
                for (int i = 1; i < COLUMNS.length; i++) {
                    node.put(COLUMNS[i], row[i - 1]);
                }
            });
        }
        ArrayNode perQuestion = json.putArray("questions");
        outcomes.forEach(o -> perQuestion.add(EvalData.JSON.valueToTree(o)));
        return json;
    }

    /**
     * The outcomes whose answer, with the gold articles withheld, is nowhere else in the archive: the ones a
     * refusal is right for (the others are answered right from another article, {@link Outcome#withheldElsewhere}).
     */
    private static List<Outcome> mustRefuse(List<Outcome> group) {
        return group.stream().filter(o -> !o.withheldElsewhere()).toList();
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
