package io.newsdesk.feedback;

/** A reader's verdict on an answer. */
public enum Rating {
    helpful,
    wrong
}
