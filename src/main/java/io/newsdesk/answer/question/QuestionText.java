package io.newsdesk.answer.question;

import java.text.Normalizer;

/**
 * Cleans a question as a client sent it, before it is searched, embedded or stored with a
 * conversation: control characters become spaces, invisible format characters (zero-width
 * spaces and joiners, byte-order marks, bidi overrides) and unpaired surrogates are removed, and
 * the result is Unicode NFC, like stored article text. PostgreSQL cannot hold U+0000, and a
 * question of control characters only would otherwise reach the embedding model as blank text.
 */
public final class QuestionText {

    private QuestionText() {}

    /** The cleaned question; null stays null, so the caller's "missing" check still applies. */
    public static String clean(String question) {
        if (question == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(question.length());
        for (int i = 0; i < question.length(); i++) {
            char c = question.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < question.length()
                    && Character.isLowSurrogate(question.charAt(i + 1))) {
                out.append(c).append(question.charAt(++i));
            } else if (Character.getType(c) == Character.CONTROL) {
                out.append(' ');
            } else if (!Character.isSurrogate(c) && Character.getType(c) != Character.FORMAT) {
                out.append(c);
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }
}
