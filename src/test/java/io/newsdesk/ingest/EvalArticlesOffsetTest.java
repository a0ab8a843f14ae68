package io.newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Runs normalisation and splitting over the shared development articles (read in place, never copied). */
class EvalArticlesOffsetTest {

    private static final Path EVAL_ARTICLES = Path.of("..", "shared", "eval", "articles.jsonl");

    private final ObjectMapper mapper = new ObjectMapper();
    private final TextNormalizer normalizer = new TextNormalizer();
    private final NewsSentenceSplitter splitter = new NewsSentenceSplitter();

    @Test
    void should_produce_exact_ordered_spans_when_splitting_every_eval_article() throws IOException {
        // given
        Assumptions.assumeTrue(Files.exists(EVAL_ARTICLES), "shared eval articles not present");
        int articles = 0;
        long sentences = 0;
        long started = System.nanoTime();

        // when / then
        try (BufferedReader reader = Files.newBufferedReader(EVAL_ARTICLES)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode article = mapper.readTree(line);
                String text = normalizer.normalize(article.path("text").asText(""));
                List<SentenceSpan> spans = splitter.split(text);
                assertThat(spans)
                        .as("sentences of %s", article.path("id").asText())
                        .isNotEmpty();
                NewsSentenceSplitterTest.assertWellFormed(text, spans);
                articles++;
                sentences += spans.size();
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("EvalArticlesOffsetTest: %d articles, %d sentences in %d ms%n", articles, sentences, millis);
        assertThat(articles).isPositive();
    }
}
