package io.newsdesk.embedding;

import java.util.List;

/** An article's title and its sentences in order, as ingestion embeds them. */
public record ArticleText(String title, List<String> sentences) {}
