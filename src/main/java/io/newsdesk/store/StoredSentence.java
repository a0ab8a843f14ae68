package io.newsdesk.store;

/** A stored sentence: verbatim text and its offsets into the article text. */
public record StoredSentence(int ordinal, int charStart, int charEnd, String text) {}
