package io.newsdesk.util;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One fitted model as a versioned file ({@code src/main/resources/models/<name>.json}), the way an
 * ONNX file carries its own input names: what it reads (feature names in order), its form, its
 * numbers, how and when it was fitted and how well it did under cross-validation. Training tools
 * write these files; the service reads them at start-up through {@link #checkedAgainst}, which
 * refuses a file whose features are not the code's, so a stale model stops the start instead of
 * scoring the wrong features.
 *
 * @param name the file's name without {@code .json} ({@code ranker}, {@code reader}, {@code confidence} ...)
 * @param form linear or quadratic (a score, see {@link LearnedScore}), or logistic (a probability)
 * @param features the feature names, in the order the weights read them
 * @param bias the intercept (0 for a linear or quadratic score, whose scale does not matter)
 * @param weights one per feature; for quadratic, then one per pair of features (LearnedScore's order)
 * @param fitted how the numbers were made
 * @param metrics cross-validated figures of the fit, by name (data for people, not read by the code)
 */
@JsonPropertyOrder({"name", "form", "features", "bias", "weights", "fitted", "metrics"})
public record ModelFile(
        String name,
        Form form,
        List<String> features,
        double bias,
        List<Double> weights,
        Fitted fitted,
        Map<String, Object> metrics) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    /** How the weights combine the features. */
    public enum Form {
        /** sum of weight * feature. */
        linear,
        /** sum over the features and every pair of them (LearnedScore). */
        quadratic,
        /** sigmoid(bias + sum of weight * feature): a probability. */
        logistic
    }

    /** The forms a ranking score may take. */
    public static final List<Form> SCORE_FORMS = List.of(Form.linear, Form.quadratic);

    /**
     * Where the numbers came from.
     *
     * @param date the day they were fitted (ISO)
     * @param command the command that fitted them
     * @param data what they were fitted on
     */
    public record Fitted(String date, String command, String data) {}

    public ModelFile {
        features = features == null ? List.of() : List.copyOf(features);
        weights = weights == null ? List.of() : List.copyOf(weights);
        metrics = metrics == null ? Map.of() : new LinkedHashMap<>(metrics);
    }

    /** A model file's JSON; {@code source} names it in errors. */
    public static ModelFile read(InputStream json, String source) {
        try {
            return JSON.readValue(json, ModelFile.class);
        } catch (IOException e) {
            throw new InvalidModelException(source + " is not a model file: " + e.getMessage());
        }
    }

    /**
     * This model, when it reads exactly {@code codeFeatures} (names and order) with as many weights as
     * its form needs, all finite, in one of the {@code forms} the code can serve.
     *
     * @throws InvalidModelException saying what does not match, and how to make it match
     */
    public ModelFile checkedAgainst(List<String> codeFeatures, List<Form> forms, String source) {
        if (form == null || !forms.contains(form)) {
            throw new InvalidModelException(source + ": form " + form + " cannot serve here; expected one of " + forms);
        }
        if (!features.equals(codeFeatures)) {
            throw new InvalidModelException(source + ": its features " + features + " are not the code's "
                    + codeFeatures + " (in that order); refit it with the command in its \"fitted\" section");
        }
        int expected = form == Form.quadratic ? LearnedScore.expandedSize(features.size()) : features.size();
        if (weights.size() != expected) {
            throw new InvalidModelException(source + ": a " + form + " model of " + features.size() + " features needs "
                    + expected + " weights; it has " + weights.size());
        }
        if (!Double.isFinite(bias) || weights.stream().anyMatch(weight -> weight == null || !Double.isFinite(weight))) {
            throw new InvalidModelException(source + ": bias and weights must be finite numbers");
        }
        return this;
    }

    /** The score of a linear or quadratic model. */
    public LearnedScore score() {
        return LearnedScore.of(weights, features, name);
    }

    /** The probability of a logistic model for one feature vector (in the order of {@link #features}). */
    public double probability(double[] values) {
        double z = bias;
        for (int i = 0; i < values.length && i < weights.size(); i++) {
            z += weights.get(i) * values[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** Writes this model as {@code <dir>/<name>.json}, the file the service reads. */
    public Path write(Path dir) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".json");
            Files.writeString(file, JSON.writeValueAsString(this) + "\n", StandardCharsets.UTF_8);
            return file;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A model file that cannot serve: the service does not start with it. */
    public static final class InvalidModelException extends IllegalStateException {

        public InvalidModelException(String message) {
            super(message);
        }
    }
}
