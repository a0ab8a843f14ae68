package io.newsdesk.tools;

import io.newsdesk.util.ModelFile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where the training tools put what they fit: model files like the shipped ones, into
 * {@code target/models/} (or {@code -Dnewsdesk.models.out=DIR}). To ship one, copy it over
 * {@code src/main/resources/models/}, or point a running service at the folder with
 * {@code newsdesk.models.dir}.
 */
final class ModelFiles {

    static final String DATA = "the development set (../shared/eval), asked through a service holding it";

    private ModelFiles() {}

    static Path outputDir() {
        return Path.of(System.getProperty("newsdesk.models.out", "target/models"));
    }

    /** Writes one fitted model with today's date; returns the file written. */
    static Path write(
            String name,
            ModelFile.Form form,
            List<String> features,
            double bias,
            double[] weights,
            String command,
            String data,
            Map<String, Object> metrics) {
        List<Double> values = new ArrayList<>();
        for (double weight : weights) {
            values.add(rounded(weight));
        }
        return new ModelFile(
                        name,
                        form,
                        features,
                        rounded(bias),
                        values,
                        new ModelFile.Fitted(LocalDate.now().toString(), command, data),
                        metrics)
                .write(outputDir());
    }

    /** Four decimals, as the shipped files hold them. */
    static double rounded(double value) {
        return Math.round(value * 10_000.0) / 10_000.0;
    }
}
