package io.newsdesk.embedding;

import java.util.List;

/** One vector per sentence and one per sentence in its context (title and previous sentence), in sentence order. */
public record ArticleVectors(List<float[]> sentences, List<float[]> contexts) {}
