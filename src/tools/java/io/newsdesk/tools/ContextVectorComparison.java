package io.newsdesk.tools;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.model.embedding.EmbeddingModel;
import io.newsdesk.embedding.ArticleEncoder;
import io.newsdesk.embedding.ArticleText;
import io.newsdesk.embedding.ArticleVectors;
import io.newsdesk.embedding.ContextVectors;
import io.newsdesk.embedding.EmbeddingModelChoice;
import io.newsdesk.ingest.NewsSentenceSplitter;
import io.newsdesk.ingest.SentenceSpan;
import io.newsdesk.ingest.TextNormalizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How to make a sentence's vectors (not a test): each {@link ContextVectors} way, with its texts per
 * batch and passage length, over every article of EVAL_DIR/articles.jsonl in batches of 20 articles as
 * ingestion sends them. Prints the encoder's seconds and sentences/s, and how often a sentence holding a
 * gold answer is among the 5 (and is the 1) nearest to the question by the sentence vector, by the
 * context vector and by the sum of both similarities (as the ranker sees them).
 * Usage: ContextVectorComparison EVAL_DIR [MODEL [MODE:BATCH:TOKENS,...]]
 * (default WINDOW:8:0,PASSAGE:8:128,PASSAGE:8:256,PASSAGE:4:384; BATCH is passages per batch)
 */
public final class ContextVectorComparison {

    private ContextVectorComparison() {}

    private record Sentence(String text, int article) {}

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        EmbeddingModelChoice choice =
                args.length > 1 ? EmbeddingModelChoice.valueOf(args[1]) : EmbeddingModelChoice.values()[0];
        List<JsonNode> articles = EvalData.readJsonLines(dir.resolve("articles.jsonl"));
        List<JsonNode> questions = EvalData.readJsonLines(dir.resolve("questions.jsonl"));
        TextNormalizer normalizer = new TextNormalizer();
        NewsSentenceSplitter splitter = new NewsSentenceSplitter();
        List<String> titles = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        for (JsonNode article : articles) {
            String title = normalizer.normalize(article.path("title").asText());
            titles.add(title);
            List<SentenceSpan> spans =
                    splitter.split(normalizer.normalize(article.path("text").asText()));
            for (int i = 0; i < spans.size(); i++) {
                sentences.add(new Sentence(spans.get(i).text(), titles.size() - 1));
            }
        }
        int threads = Runtime.getRuntime().availableProcessors();
        List<ArticleText> texts = new ArrayList<>();
        int first = 0;
        for (int a = 0; a < titles.size(); a++) {
            List<String> own = new ArrayList<>();
            while (first < sentences.size() && sentences.get(first).article() == a) {
                own.add(sentences.get(first++).text());
            }
            texts.add(new ArticleText(titles.get(a), own));
        }
        EmbeddingModel model = choice.load(threads, 32);
        float[][] queries = new float[questions.size()][];
        for (int q = 0; q < questions.size(); q++) {
            queries[q] = model.embed(choice.queryPrefix()
                            + questions.get(q).path("question").asText())
                    .content()
                    .vector();
        }
        System.out.println(
                "| context vectors | s/sentences | sentences/s | top5 sentence | top1 sentence | top5 ctx | top1 ctx"
                        + " | top5 sum | top1 sum |");
        String[] modes = args.length > 2
                ? args[2].split(",")
                : new String[] {"WINDOW:8:0", "PASSAGE:8:128", "PASSAGE:8:256", "PASSAGE:4:384"};
        for (String spec : modes) {
            String[] parts = spec.split(":");
            ArticleEncoder encoder = choice.loadArticleEncoder(
                    ContextVectors.valueOf(parts[0]),
                    threads,
                    8,
                    Integer.parseInt(parts[1]),
                    Integer.parseInt(parts[2]));
            encoder.embed(texts.subList(0, 2));
            long t0 = System.nanoTime();
            List<ArticleVectors> vectors = new ArrayList<>();
            for (int from = 0; from < texts.size(); from += 20) {
                vectors.addAll(encoder.embed(texts.subList(from, Math.min(texts.size(), from + 20))));
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            float[][] sentenceVectors =
                    vectors.stream().flatMap(v -> v.sentences().stream()).toArray(float[][]::new);
            float[][] contextVectors =
                    vectors.stream().flatMap(v -> v.contexts().stream()).toArray(float[][]::new);
            report(
                    spec + String.format(" | %.1f | %.0f", seconds, sentences.size() / seconds),
                    sentences,
                    questions,
                    queries,
                    sentenceVectors,
                    contextVectors);
        }
    }

    private static void report(
            String name,
            List<Sentence> sentences,
            List<JsonNode> questions,
            float[][] queries,
            float[][] sentence,
            float[][] context) {
        int top5 = 0, top1 = 0, top5sum = 0, top1sum = 0, top5s = 0, top1s = 0;
        for (int q = 0; q < questions.size(); q++) {
            List<String> golds = EvalData.answers(questions.get(q));
            double[] own = new double[sentences.size()];
            double[] ctx = new double[sentences.size()];
            double[] sum = new double[sentences.size()];
            for (int i = 0; i < sentences.size(); i++) {
                ctx[i] = dot(context[i], queries[q]);
                own[i] = dot(sentence[i], queries[q]);
                sum[i] = ctx[i] + own[i];
            }
            int[] a = best(ctx, 5);
            int[] b = best(sum, 5);
            int[] c = best(own, 5);
            top1s += AnswerMetrics.contains(sentences.get(c[0]).text(), golds) ? 1 : 0;
            top5s += any(c, sentences, golds) ? 1 : 0;
            top1 += AnswerMetrics.contains(sentences.get(a[0]).text(), golds) ? 1 : 0;
            top1sum += AnswerMetrics.contains(sentences.get(b[0]).text(), golds) ? 1 : 0;
            top5 += any(a, sentences, golds) ? 1 : 0;
            top5sum += any(b, sentences, golds) ? 1 : 0;
        }
        int n = questions.size();
        System.out.printf(
                "| %s | %.1f%% | %.1f%% | %.1f%% | %.1f%% | %.1f%% | %.1f%% |%n",
                name,
                100.0 * top5s / n,
                100.0 * top1s / n,
                100.0 * top5 / n,
                100.0 * top1 / n,
                100.0 * top5sum / n,
                100.0 * top1sum / n);
    }

    private static boolean any(int[] best, List<Sentence> sentences, List<String> golds) {
        for (int i : best) {
            if (AnswerMetrics.contains(sentences.get(i).text(), golds)) {
                return true;
            }
        }
        return false;
    }

    private static int[] best(double[] scores, int k) {
        return java.util.stream.IntStream.range(0, scores.length)
                .boxed()
                .sorted((x, y) -> Double.compare(scores[y], scores[x]))
                .limit(k)
                .mapToInt(Integer::intValue)
                .toArray();
    }

    private static double dot(float[] a, float[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d += a[i] * b[i];
        }
        return d;
    }
}
