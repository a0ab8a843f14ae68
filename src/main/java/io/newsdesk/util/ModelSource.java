package io.newsdesk.util;

import io.quarkus.logging.Log;
import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads the fitted models: {@code models/<name>.json} from the application, or from
 * {@code newsdesk.models.dir} when set (a refitted model deployed without a rebuild). Each is
 * checked against the features the code computes; a missing or mismatched file stops the start-up.
 */
@ApplicationScoped
public class ModelSource {

    /** Where model files come from. */
    @ConfigMapping(prefix = "newsdesk.models")
    public interface ModelsConfig {

        /** A folder of model files that replace the shipped ones of the same name; unset: the shipped ones. */
        Optional<Path> dir();
    }

    private final ModelsConfig config;

    ModelSource(ModelsConfig config) {
        this.config = config;
    }

    /** The model {@code name}, checked to read exactly {@code features} in one of {@code forms}. */
    public ModelFile load(String name, List<String> features, List<ModelFile.Form> forms) {
        String file = name + ".json";
        Optional<Path> override = config.dir().map(dir -> dir.resolve(file)).filter(Files::isRegularFile);
        String source = override.map(Path::toString).orElse("models/" + file);
        try (InputStream in = override.isPresent()
                ? Files.newInputStream(override.get())
                : ModelSource.class.getResourceAsStream("/models/" + file)) {
            if (in == null) {
                throw new ModelFile.InvalidModelException(source + " is missing from the application");
            }
            ModelFile model = ModelFile.read(in, source).checkedAgainst(features, forms, source);
            Log.debugf(
                    "Model %s from %s, fitted %s",
                    name, source, model.fitted() == null ? "?" : model.fitted().date());
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
