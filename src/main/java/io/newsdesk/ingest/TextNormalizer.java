package io.newsdesk.ingest;

import java.text.Normalizer;

/**
 * Cleans scraped article text before it is split into sentences and stored, so that sentence
 * offsets, full-text search and embeddings all see the same canonical characters.
 *
 * <p>Applies, in order: {@code \r\n}, {@code \r}, U+2028 and U+2029 to {@code \n};
 * tabs and non-breaking spaces (U+00A0, U+2007, U+202F) to a plain space; removal of the other
 * control characters, of the zero-width characters U+200B..U+200D, U+2060 and U+FEFF, and of
 * unpaired surrogates (half an emoji is no character, and UTF-8 cannot store it); Unicode NFC
 * (after the removals, so that a mark once separated from its letter by a zero-width character
 * is composed with it); removal of trailing whitespace on every line; runs of three or more
 * newlines collapsed to one blank line; and a final trim. Normalising twice changes nothing.
 * Stateless and thread-safe.
 */
public final class TextNormalizer {

    /**
     * Returns the normalised form of {@code raw}.
     *
     * @param raw any text, possibly empty
     * @return the cleaned text, possibly empty
     * @throws IllegalArgumentException if {@code raw} is null
     */
    public String normalize(String raw) {
        if (raw == null) {
            throw new IllegalArgumentException("text to normalise must not be null");
        }
        return collapseWhitespace(Normalizer.normalize(mapCharacters(raw), Normalizer.Form.NFC));
    }

    private static String mapCharacters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    continue;
                }
                out.append('\n');
            } else if (c == '\n' || c == '\u2028' || c == '\u2029') {
                out.append('\n');
            } else if (c == '\t' || c == '\u00A0' || c == '\u2007' || c == '\u202F') {
                out.append(' ');
            } else if (startsPair(text, i)) {
                out.append(c).append(text.charAt(++i));
            } else if (!Character.isSurrogate(c) && !isDropped(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean startsPair(String text, int i) {
        return Character.isHighSurrogate(text.charAt(i))
                && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1));
    }

    private static boolean isDropped(char c) {
        return Character.getType(c) == Character.CONTROL
                || (c >= '\u200B' && c <= '\u200D')
                || c == '\u2060'
                || c == '\uFEFF';
    }

    /** Drops trailing spaces per line, caps blank-line runs at one, and trims the whole text. */
    private static String collapseWhitespace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int pendingNewlines = 0;
        int spaceRunStart = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                pendingNewlines++;
                spaceRunStart = -1;
            } else if (Character.isWhitespace(c)) {
                spaceRunStart = spaceRunStart < 0 ? i : spaceRunStart;
            } else {
                if (out.length() > 0) {
                    out.append("\n\n", 0, Math.min(pendingNewlines, 2));
                    if (spaceRunStart >= 0) {
                        out.append(text, spaceRunStart, i);
                    }
                }
                pendingNewlines = 0;
                spaceRunStart = -1;
                out.append(c);
            }
        }
        return out.toString();
    }
}
