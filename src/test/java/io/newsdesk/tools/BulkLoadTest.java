package io.newsdesk.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulkLoadTest {

    @TempDir
    Path folder;

    @Test
    void should_read_a_gzipped_archive_and_leave_out_the_development_sets_own_articles_when_asked() throws IOException {
        // given: three articles, the second one of the development set
        Path file = folder.resolve("articles.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(("{\"id\":\"a\",\"title\":\"A\",\"text\":\"One.\",\"published\":\"2023-04-26\"}\n"
                            + "{\"id\":\"b\",\"title\":\"B\",\"text\":\"Two.\",\"in_dev_set\":true}\n\n"
                            + "{\"id\":\"c\",\"title\":\"C\",\"text\":\"Three.\",\"url\":\"https://example.org/c\"}\n")
                    .getBytes(StandardCharsets.UTF_8));
        }

        // when
        List<ObjectNode> all = BulkLoad.read(file, Integer.MAX_VALUE, false);
        List<ObjectNode> corpusOnly = BulkLoad.read(file, Integer.MAX_VALUE, true);
        List<ObjectNode> first = BulkLoad.read(file, 1, false);

        // then
        assertThat(all).extracting(a -> a.path("external_id").asText()).containsExactly("a", "b", "c");
        assertThat(corpusOnly).extracting(a -> a.path("external_id").asText()).containsExactly("a", "c");
        assertThat(first).hasSize(1);
        assertThat(all.get(0).path("published_at").asText()).isEqualTo("2023-04-26");
    }

    @Test
    void should_take_the_bad_lines_a_400_problem_names_and_nothing_else() throws IOException {
        // given: the problem the ingestion endpoint answers for a batch with two bad lines
        var problem = EvalData.JSON.readTree("{\"status\":400,\"errors\":[{\"line\":2,\"message\":\"url is not a valid"
                + " address\"},{\"line\":5,\"message\":\"text is missing\"},{\"message\":\"no line\"}]}");

        // when / then
        assertThat(BulkLoad.badLines(problem)).containsExactlyInAnyOrder(2, 5);
        assertThat(BulkLoad.badLines(EvalData.JSON.readTree("{\"status\":503}")))
                .isEmpty();
    }
}
