package io.newsdesk.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares a request with its golden copy under src/test/resources. A missing golden file is
 * written from the actual request and the test fails, so a new golden copy is always reviewed.
 */
final class Golden {

    private Golden() {}

    static void assertMatches(String resource, JsonNode actual, ObjectMapper mapper) throws IOException {
        Path file = Path.of("src/test/resources").resolve(resource);
        String pretty = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n";
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, pretty, StandardCharsets.UTF_8);
            throw new AssertionError("golden file " + file + " was missing and has been written: review it");
        }
        String expected = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(pretty)
                .as("request sent to the model vs %s (a prompt change shows here)", file)
                .isEqualTo(
                        mapper.writerWithDefaultPrettyPrinter().writeValueAsString(mapper.readTree(expected)) + "\n");
    }
}
