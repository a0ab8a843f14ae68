package io.newsdesk.answer.question;

/**
 * Coarse expected answer type of a question (after Li &amp; Roth's taxonomy), used to match the
 * shape of extracted candidates against what the question asks for.
 */
public enum AnswerType {
    PERSON,
    ORGANIZATION,
    LOCATION,
    DATE,
    NUMBER,
    MONEY,
    PERCENT,
    DURATION,
    /** Any other proper name: product, app, event, film, show... */
    NAME,
    /** A noun phrase or anything else. */
    DESCRIPTION
}
