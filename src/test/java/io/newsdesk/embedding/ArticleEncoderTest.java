package io.newsdesk.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.EmbeddingModel;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

// A Quarkus test, so that the tokenizer's native library is loaded by the same class loader as the service's.
@QuarkusTest
class ArticleEncoderTest {

    // An invented article: the third sentence names no one, its context does.
    private static final ArticleText ARTICLE = new ArticleText(
            "Harbour council rejects ferry fare rise",
            List.of(
                    "The harbour council met on Tuesday evening to discuss ferry fares.",
                    "Mayor Ines Calloway spoke first and talked about the winter timetable.",
                    "She then voted against the proposed increase of forty cents.",
                    "Bakeries along the quay reported strong sales of almond buns.",
                    "The next meeting is planned for March."));

    private static EmbeddingModel queries;
    private static OnnxBatchEncoder encoder;

    @BeforeAll
    static void load() {
        encoder = EmbeddingModelChoice.ALL_MINILM_L6_V2_Q.encoder(2);
        queries = new BatchedOnnxEmbeddingModel(encoder, 8);
    }

    @Test
    void should_give_every_sentence_its_vectors_in_order_however_the_article_is_cut_into_passages() {
        // given: passages of at most 40 tokens hold one or two sentences each, 384 hold the whole article
        ArticleEncoder shortPassages = new ArticleEncoder(encoder, ContextVectors.PASSAGE, 8, 4, 40);
        ArticleEncoder longPassages = new ArticleEncoder(encoder, ContextVectors.PASSAGE, 8, 4, 384);

        // when
        List<ArticleVectors> cut = shortPassages.embed(List.of(ARTICLE, new ArticleText("Empty", List.of()), ARTICLE));
        ArticleVectors whole = longPassages.embed(List.of(ARTICLE)).get(0);

        // then: one unit vector of each kind per sentence, and the same sentence means the same thing
        assertThat(cut).hasSize(3);
        assertThat(cut.get(0).sentences()).hasSize(5);
        assertThat(cut.get(0).contexts()).hasSize(5);
        assertThat(cut.get(1).sentences()).isEmpty();
        assertThat(cut.get(2).sentences()).hasSize(5);
        for (int i = 0; i < 5; i++) {
            assertThat(dot(cut.get(0).sentences().get(i), cut.get(0).sentences().get(i)))
                    .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
            assertThat(dot(cut.get(0).sentences().get(i), whole.sentences().get(i)))
                    .isGreaterThan(0.8);
        }
    }

    @Test
    void should_find_the_sentence_that_answers_a_question_and_the_pronoun_sentence_by_its_context() {
        // given
        ArticleEncoder passages = new ArticleEncoder(encoder, ContextVectors.PASSAGE, 8, 4, 384);
        ArticleVectors vectors = passages.embed(List.of(ARTICLE)).get(0);

        // when
        float[] sales = queries.embed("Which pastries sold well by the harbour?")
                .content()
                .vector();
        float[] vote = queries.embed("How did the mayor vote on the ferry fare increase?")
                .content()
                .vector();

        // then: the bakery sentence answers the first; the vote sentence's context vector knows it was the
        // mayor and the ferry fare, and is nearer the second question than the sentence vector alone
        assertThat(nearest(vectors.sentences(), sales)).isEqualTo(3);
        assertThat(dot(vectors.contexts().get(2), vote))
                .isGreaterThan(dot(vectors.sentences().get(2), vote));
    }

    private static int nearest(List<float[]> vectors, float[] query) {
        int best = 0;
        for (int i = 1; i < vectors.size(); i++) {
            if (dot(vectors.get(i), query) > dot(vectors.get(best), query)) {
                best = i;
            }
        }
        return best;
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
