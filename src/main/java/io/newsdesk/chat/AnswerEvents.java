package io.newsdesk.chat;

import io.newsdesk.answer.citation.Citation;
import java.util.List;

/** What happens while a question is answered, in order; streaming passes each step on at once. */
interface AnswerEvents {

    /** Nobody listens (plain JSON endpoints). */
    AnswerEvents NONE = new AnswerEvents() {};

    /** The question and the stand-alone question that will be searched (null when searched as asked). */
    default void question(String asked, String rewritten) {}

    /** Retrieval is done: the numbered sentences that will be read. */
    default void sources(List<Citation> sources) {}

    /** Validated answer text as it is produced. */
    default void token(String text) {}
}
