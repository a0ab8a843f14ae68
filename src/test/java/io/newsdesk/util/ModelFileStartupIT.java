package io.newsdesk.util;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.testing.PackagedService;
import io.newsdesk.testing.ThrowawayPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The packaged service refuses to start with a model file that does not read the code's features
 * (a model fitted for an older feature list), saying which file and what differs, instead of
 * scoring the wrong features at the first question.
 */
class ModelFileStartupIT {

    @Test
    void should_refuse_to_start_with_a_model_file_whose_features_do_not_match_the_code() throws IOException {
        // given: the shipped ranker with its first feature renamed, in a models folder
        ModelFile shipped;
        try (InputStream in = ModelFileStartupIT.class.getResourceAsStream("/models/ranker.json")) {
            shipped = ModelFile.read(in, "models/ranker.json");
        }
        List<String> features = new ArrayList<>(shipped.features());
        features.set(0, "similarity_v0");
        Path models = Files.createTempDirectory("newsdesk-models");
        new ModelFile(
                        shipped.name(),
                        shipped.form(),
                        features,
                        shipped.bias(),
                        shipped.weights(),
                        shipped.fitted(),
                        shipped.metrics())
                .write(models);

        try (ThrowawayPostgres postgres = ThrowawayPostgres.create();
                PackagedService service = PackagedService.launch(
                        postgres,
                        Path.of("target", "fault-tests", "stale-model.log"),
                        Map.of("NEWSDESK_MODELS_DIR", models.toString()))) {
            // when
            int exit = service.awaitExit(Duration.ofSeconds(120));

            // then
            assertThat(exit).isNotZero();
            assertThat(service.log())
                    .contains(models.resolve("ranker.json") + ": its features [similarity_v0")
                    .contains("are not the code's");
        }
    }
}
