package io.newsdesk.embedding;

import java.util.List;

/** Turns sentences and questions into unit vectors in one shared space. */
public interface SentenceEmbedder {

    /** Embeds articles' sentences and their context vectors at ingestion, article by article in order. */
    List<ArticleVectors> embedArticles(List<ArticleText> articles);

    /** Embeds short texts, in order; one vector per input. */
    List<float[]> embedSentences(List<String> sentences);

    /** Embeds a question for nearest-neighbour search (with the model's query prefix, if any). */
    float[] embedQuery(String question);

    /** True once the model is loaded and has embedded once. */
    boolean isReady();
}
