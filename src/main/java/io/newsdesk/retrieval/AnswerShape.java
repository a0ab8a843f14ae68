package io.newsdesk.retrieval;

/** The surface shape the answer should have, so sentences showing that shape can rank higher. */
public enum AnswerShape {
    /** A capitalised name: person, organisation, place, title. */
    NAME,
    /** A number, amount or percentage. */
    NUMBER,
    /** A date, weekday, month or year. */
    DATE,
    /** Anything: no shape is expected. */
    ANY
}
