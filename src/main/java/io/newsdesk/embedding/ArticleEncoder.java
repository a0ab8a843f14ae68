package io.newsdesk.embedding;

import java.util.ArrayList;
import java.util.List;

/** Embeds articles' sentences and their context vectors in one of the {@link ContextVectors} ways. */
public final class ArticleEncoder {

    private final OnnxBatchEncoder encoder;
    private final ContextVectors mode;
    private final int batchSize;
    private final int passageBatchSize;
    private final int passageTokens;

    ArticleEncoder(
            OnnxBatchEncoder encoder, ContextVectors mode, int batchSize, int passageBatchSize, int passageTokens) {
        if (mode == ContextVectors.PASSAGE && !encoder.meanPooling()) {
            throw new IllegalArgumentException("passage context vectors need a mean-pooling model");
        }
        this.encoder = encoder;
        this.mode = mode;
        this.batchSize = batchSize;
        this.passageBatchSize = passageBatchSize;
        this.passageTokens = passageTokens;
    }

    /** The articles' vectors, in order; every article's sentences go through the model together. */
    public List<ArticleVectors> embed(List<ArticleText> articles) {
        return switch (mode) {
            case PASSAGE -> passages(articles);
            case WINDOW -> windows(articles);
            case NONE -> sentencesOnly(articles);
        };
    }

    private List<ArticleVectors> sentencesOnly(List<ArticleText> articles) {
        List<float[]> vectors = encoder.encode(allSentences(articles), batchSize);
        return split(articles, vectors, vectors);
    }

    private List<ArticleVectors> windows(List<ArticleText> articles) {
        List<String> windows = new ArrayList<>();
        for (ArticleText article : articles) {
            List<String> sentences = article.sentences();
            for (int i = 0; i < sentences.size(); i++) {
                String previous = i == 0 ? "" : sentences.get(i - 1) + " ";
                windows.add(article.title() + ". " + previous + sentences.get(i));
            }
        }
        return split(articles, encoder.encode(allSentences(articles), batchSize), encoder.encode(windows, batchSize));
    }

    private List<ArticleVectors> passages(List<ArticleText> articles) {
        List<OnnxBatchEncoder.Passage> passages = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (ArticleText article : articles) {
            texts.add(article.title());
            texts.addAll(article.sentences());
        }
        int[] tokens = encoder.tokenCounts(texts);
        int at = 0;
        for (ArticleText article : articles) {
            passages.addAll(pack(article, tokens, at));
            at += 1 + article.sentences().size();
        }
        List<List<float[]>> pooled = encoder.encodePassages(passages, passageBatchSize);
        List<float[]> sentenceVectors = new ArrayList<>();
        List<float[]> contextVectors = new ArrayList<>();
        for (List<float[]> passage : pooled) {
            for (int i = 0; i < passage.size(); i += 2) {
                sentenceVectors.add(passage.get(i));
                contextVectors.add(passage.get(i + 1));
            }
        }
        return split(articles, sentenceVectors, contextVectors);
    }

    /**
     * The article cut into passages of at most {@code passageTokens} tokens: each starts with the title,
     * then the sentence before its first one (read, not embedded), then as many sentences as fit; a
     * sentence that fits nowhere else gets a passage of its own. Pools come in pairs per sentence: the
     * sentence's own tokens, then the title's, the previous sentence's and its own.
     */
    private List<OnnxBatchEncoder.Passage> pack(ArticleText article, int[] tokens, int at) {
        List<OnnxBatchEncoder.Passage> passages = new ArrayList<>();
        List<String> sentences = article.sentences();
        int titleTokens = tokens[at];
        int next = 0;
        while (next < sentences.size()) {
            List<String> pieces = new ArrayList<>();
            List<int[]> pools = new ArrayList<>();
            pieces.add(article.title());
            int used = 2 + titleTokens;
            if (next > 0) {
                pieces.add(sentences.get(next - 1));
                used += tokens[at + next];
            }
            while (next < sentences.size() && (pools.isEmpty() || used + tokens[at + 1 + next] <= passageTokens)) {
                int piece = pieces.size();
                pieces.add(sentences.get(next));
                used += tokens[at + 1 + next];
                pools.add(new int[] {piece});
                pools.add(piece > 1 ? new int[] {0, piece - 1, piece} : new int[] {0, piece});
                next++;
            }
            passages.add(new OnnxBatchEncoder.Passage(pieces, pools));
        }
        return passages;
    }

    private static List<String> allSentences(List<ArticleText> articles) {
        return articles.stream().flatMap(a -> a.sentences().stream()).toList();
    }

    private static List<ArticleVectors> split(
            List<ArticleText> articles, List<float[]> sentenceVectors, List<float[]> contextVectors) {
        List<ArticleVectors> result = new ArrayList<>(articles.size());
        int from = 0;
        for (ArticleText article : articles) {
            int to = from + article.sentences().size();
            result.add(new ArticleVectors(sentenceVectors.subList(from, to), contextVectors.subList(from, to)));
            from = to;
        }
        return result;
    }
}
