package io.newsdesk.answer.reader;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.embedding.ArticleText;
import io.newsdesk.embedding.ArticleVectors;
import io.newsdesk.embedding.SentenceEmbedder;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The kind similarity with the service's own in-process embedding model. */
@QuarkusTest
class EmbeddingKindMatcherTest {

    @Inject
    SentenceEmbedder embedder;

    @Test
    void should_rate_a_thing_of_the_asked_kind_above_a_name_from_the_same_sentence() {
        // given
        KindMatcher kinds = new EmbeddingKindMatcher(embedder, 100);

        // when
        double[] seeds = kinds.similarities("seed", List.of("sesame seeds", "Drug Administration"));
        double[] drugs = kinds.similarities("drug", List.of("magic mushrooms", "United Airlines"));
        double[] apps = kinds.similarities("app", List.of("TikTok", "Washington"));

        // then
        assertThat(seeds[0]).isGreaterThan(seeds[1]);
        assertThat(drugs[0]).isGreaterThan(drugs[1]);
        assertThat(apps[0]).isGreaterThan(apps[1]);
        assertThat(seeds[0]).isBetween(0.0, 1.0);
        assertThat(seeds[1]).isBetween(0.0, 1.0);
    }

    @Test
    void should_embed_each_text_once_when_asked_again() {
        // given
        List<List<String>> batches = new ArrayList<>();
        SentenceEmbedder counting = new SentenceEmbedder() {
            @Override
            public List<float[]> embedSentences(List<String> sentences) {
                batches.add(sentences);
                return embedder.embedSentences(sentences);
            }

            @Override
            public List<ArticleVectors> embedArticles(List<ArticleText> articles) {
                return embedder.embedArticles(articles);
            }

            @Override
            public float[] embedQuery(String question) {
                return embedder.embedQuery(question);
            }

            @Override
            public boolean isReady() {
                return true;
            }
        };
        KindMatcher kinds = new EmbeddingKindMatcher(counting, 100);

        // when
        double[] first = kinds.similarities("team", List.of("Colorado Avalanche", "Denver", "Denver"));
        double[] again = kinds.similarities("team", List.of("Denver", "Tampa Bay Lightning"));

        // then
        assertThat(batches)
                .containsExactly(List.of("team", "Colorado Avalanche", "Denver"), List.of("Tampa Bay Lightning"));
        assertThat(again[0]).isEqualTo(first[1]);
    }
}
