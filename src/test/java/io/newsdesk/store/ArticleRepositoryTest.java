package io.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsdesk.testing.ArchiveFixture;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleRepositoryTest {

    @Inject
    ArticleRepository repository;

    @Inject
    ArchiveFixture archive;

    @BeforeEach
    void emptyArchive() {
        archive.empty();
    }

    @Test
    void should_leave_no_orphan_rows_when_storing_fails_midway() {
        // given: the third sentence's vector has the wrong size, so the database refuses it mid-batch
        String text = "One. Two. Three.";
        List<NewSentence> sentences = List.of(
                new NewSentence(0, 0, 4, "One.", vector(384), vector(384)),
                new NewSentence(1, 5, 9, "Two.", vector(384), vector(384)),
                new NewSentence(2, 10, 16, "Three.", vector(7), vector(384)));
        NewArticle article = new NewArticle(
                null, "hash-1", "Title", null, null, null, null, LocalDate.of(2024, 1, 1), "en", text, "{}", sentences);

        // when / then
        // a refused row is a failure, not an outage: no "try again later" for it
        assertThatThrownBy(() -> repository.save(article)).isInstanceOf(StoreFailureException.class);
        assertThat(archive.count("articles")).isZero();
        assertThat(archive.count("sentences")).isZero();
    }

    @Test
    void should_refuse_sentences_that_are_not_verbatim_article_text() {
        assertThatThrownBy(() -> new NewArticle(
                        null,
                        "h",
                        "T",
                        null,
                        null,
                        null,
                        null,
                        null,
                        "en",
                        "Hello there.",
                        "{}",
                        List.of(new NewSentence(0, 0, 6, "Howdy!", vector(384), vector(384)))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static float[] vector(int dimension) {
        float[] vector = new float[dimension];
        vector[0] = 1f;
        return vector;
    }
}
