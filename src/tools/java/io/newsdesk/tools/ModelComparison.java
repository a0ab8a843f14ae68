package io.newsdesk.tools;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import io.newsdesk.embedding.EmbeddingModelChoice;
import io.newsdesk.ingest.NewsSentenceSplitter;
import io.newsdesk.ingest.SentenceSpan;
import io.newsdesk.ingest.TextNormalizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Embedding model comparison (not a test): for each bundled model, how often a sentence holding a
 * gold answer is among the 5 sentences nearest to the question (dense retrieval alone, over every
 * sentence of EVAL_DIR/articles.jsonl), and how many sentences per second it embeds on this machine.
 * Usage: ModelComparison EVAL_DIR [MODEL ...]
 */
public final class ModelComparison {

    private ModelComparison() {}

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        List<String> sentences = sentences(EvalData.readJsonLines(dir.resolve("articles.jsonl")));
        List<JsonNode> questions = EvalData.readJsonLines(dir.resolve("questions.jsonl"));
        List<EmbeddingModelChoice> choices = args.length > 1
                ? List.of(args).subList(1, args.length).stream()
                        .map(EmbeddingModelChoice::valueOf)
                        .toList()
                : List.of(EmbeddingModelChoice.values());
        int threads = Runtime.getRuntime().availableProcessors();
        System.out.printf("%d sentences, %d questions, %d threads%n", sentences.size(), questions.size(), threads);
        System.out.println("| model | answer sentence in top 5 | top 1 | sentences/s |");
        System.out.println("| --- | --- | --- | --- |");
        for (EmbeddingModelChoice choice : choices) {
            EmbeddingModel model = choice.load(threads, 32);
            model.embed("warm up");
            long start = System.nanoTime();
            float[][] vectors = embed(model, sentences);
            double perSecond = sentences.size() / ((System.nanoTime() - start) / 1e9);
            int top5 = 0;
            int top1 = 0;
            for (JsonNode question : questions) {
                List<String> golds = EvalData.answers(question);
                float[] query = model.embed(
                                choice.queryPrefix() + question.path("question").asText())
                        .content()
                        .vector();
                int[] best = nearest(vectors, query, 5);
                top1 += AnswerMetrics.contains(sentences.get(best[0]), golds) ? 1 : 0;
                for (int index : best) {
                    if (AnswerMetrics.contains(sentences.get(index), golds)) {
                        top5++;
                        break;
                    }
                }
            }
            System.out.printf(
                    "| %s | %.1f%% | %.1f%% | %.0f |%n",
                    choice, 100.0 * top5 / questions.size(), 100.0 * top1 / questions.size(), perSecond);
        }
    }

    /** The sentences of the articles' texts as ingestion splits them, in order. */
    static List<String> sentences(List<? extends JsonNode> articles) {
        TextNormalizer normalizer = new TextNormalizer();
        NewsSentenceSplitter splitter = new NewsSentenceSplitter();
        List<String> sentences = new ArrayList<>();
        for (JsonNode article : articles) {
            for (SentenceSpan span :
                    splitter.split(normalizer.normalize(article.path("text").asText()))) {
                sentences.add(span.text());
            }
        }
        return sentences;
    }

    /** Embeds the sentences in chunks of 256 (the model batches and parallelises inside a chunk). */
    static float[][] embed(EmbeddingModel model, List<String> sentences) {
        float[][] vectors = new float[sentences.size()][];
        for (int from = 0; from < sentences.size(); from += 256) {
            List<TextSegment> batch = sentences.subList(from, Math.min(sentences.size(), from + 256)).stream()
                    .map(TextSegment::from)
                    .toList();
            List<Embedding> embeddings = model.embedAll(batch).content();
            for (int i = 0; i < embeddings.size(); i++) {
                vectors[from + i] = embeddings.get(i).vector();
            }
        }
        return vectors;
    }

    private static int[] nearest(float[][] vectors, float[] query, int k) {
        int[] best = new int[k];
        double[] scores = new double[k];
        java.util.Arrays.fill(scores, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < vectors.length; i++) {
            double dot = 0;
            for (int d = 0; d < query.length; d++) {
                dot += vectors[i][d] * query[d];
            }
            for (int slot = 0; slot < k; slot++) {
                if (dot > scores[slot]) {
                    System.arraycopy(scores, slot, scores, slot + 1, k - slot - 1);
                    System.arraycopy(best, slot, best, slot + 1, k - slot - 1);
                    scores[slot] = dot;
                    best[slot] = i;
                    break;
                }
            }
        }
        return best;
    }
}
