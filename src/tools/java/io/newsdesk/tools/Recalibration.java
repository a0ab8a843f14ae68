package io.newsdesk.tools;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Refits the confidence and evidence models from a saved evaluation report (not a test): reads the
 * per-question outcomes of REPORT_JSON (what `make eval` wrote) and prints the calibration section
 * again, without asking the service anything. Usage: Recalibration [REPORT_JSON]
 * (default target/eval/report.json).
 */
public final class Recalibration {

    private Recalibration() {}

    public static void main(String[] args) throws Exception {
        Path report = Path.of(args.length > 0 ? args[0] : "target/eval/report.json");
        List<Outcome> outcomes = new ArrayList<>();
        for (JsonNode question : EvalData.JSON.readTree(report.toFile()).path("questions")) {
            outcomes.add(EvalData.JSON.treeToValue(question, Outcome.class));
        }
        System.out.println(new Report(outcomes).calibration());
    }
}
