package io.newsdesk.tools;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Refits the confidence and evidence models from saved evaluation reports (not a test): reads the
 * per-question outcomes of each REPORT_JSON (what `make eval` or `make eval-scale` wrote) and prints the
 * calibration section again, fitted on all of them, without asking the service anything. Several reports
 * (the development set alone and with the corpus) give models that serve archives of both sizes; folds stay
 * by question. Usage: Recalibration [REPORT_JSON ...] (default target/eval/report.json).
 */
public final class Recalibration {

    private Recalibration() {}

    public static void main(String[] args) throws Exception {
        List<Outcome> outcomes = new ArrayList<>();
        for (String report : args.length > 0 ? args : new String[] {"target/eval/report.json"}) {
            for (JsonNode question :
                    EvalData.JSON.readTree(Path.of(report).toFile()).path("questions")) {
                outcomes.add(EvalData.JSON.treeToValue(question, Outcome.class));
            }
        }
        List<String> reports = List.of(args.length > 0 ? args : new String[] {"target/eval/report.json"});
        System.out.println(new Report(outcomes)
                .calibration(
                        "scripts/tool.sh Recalibration " + String.join(" ", reports),
                        "the development set (../shared/eval) asked through the services whose reports these are"
                                + " (one archive each: the development set alone, or with the corpus)"));
    }
}
