package io.newsdesk.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rule-based {@link SentenceSplitter} tuned for English news prose. It makes one left-to-right
 * pass over the text (no regular expressions), keeps no state between calls and is thread-safe.
 *
 * <p>Rules, in the order they are applied:
 *
 * <ol>
 *   <li>Every line break ends a sentence: bodies hold one paragraph per line, and headline or
 *       bullet lines without final punctuation become sentences of their own. Bullet markers
 *       stay inside the span.
 *   <li>A candidate end is a run of {@code . ? ! …} plus any closing quotes or brackets right
 *       after it, followed by whitespace. Punctuation not followed by whitespace never ends a
 *       sentence ({@code $1.5}, {@code 3.2%}, {@code cnn.com/2020}, {@code U.S.-led}).
 *   <li>A candidate never ends a sentence when the next word, after any opening quotes or
 *       brackets, starts with a lower-case letter ({@code "Will we?" she asked.},
 *       {@code and then... nothing}).
 *   <li>{@code ?} and {@code !} end the sentence otherwise (except in {@code Yahoo!} and
 *       {@code Jeopardy!}). An ellipsis ({@code ...} or {@code …}) ends it only before an upper-case
 *       letter.
 *   <li>A period after a title ({@code Mr. Dr. Gen. Sen. Gov. vs. e.g. i.e.}) never ends a
 *       sentence; nor does a period after a list number opening the sentence ({@code 1. }), or
 *       after {@code No. Vol. Fig. p. pp.} before a digit.
 *   <li>A period after an ambiguous abbreviation (initials such as {@code F.} or {@code J.K.},
 *       dotted acronyms such as {@code U.S. U.N. a.m. p.m.}, {@code Inc. Corp. Co. Ltd. Jr. St.},
 *       month and US-state abbreviations) ends the sentence only when the next word is a common
 *       sentence opener such as The, He, She, It, They, But, In, This or That.
 *   <li>An abbreviation glued to a word by a hyphen, dash, slash or colon counts as the abbreviation
 *       itself ({@code then-Gov.}, {@code Dec. 31-Jan. 1}, {@code R-Calif.}).
 *   <li>Any other period ends the sentence. This includes {@code etc.}, which is taken to end the
 *       sentence whenever the next word is capitalised.
 *   <li>A sentence longer than {@value #MAX_SENTENCE_CHARS} characters is cut at the last
 *       whitespace before that limit (or hard at the limit when there is none).
 * </ol>
 */
public final class NewsSentenceSplitter implements SentenceSplitter {

    /** Longest span ever emitted, in UTF-16 chars; keeps embedding inputs and citations bounded. */
    static final int MAX_SENTENCE_CHARS = 1000;

    private enum Abbreviation {
        /** Never ends a sentence. */
        TITLE,
        /** Ends a sentence only before a common sentence opener. */
        AMBIGUOUS,
        /** Never ends a sentence before a digit; otherwise treated as an ordinary word. */
        NUMBERING
    }

    private static final Map<String, Abbreviation> ABBREVIATIONS = abbreviations();

    private static final Set<String> SENTENCE_OPENERS = Set.of(
            "The",
            "A",
            "An",
            "He",
            "She",
            "It",
            "They",
            "We",
            "I",
            "You",
            "His",
            "Her",
            "Its",
            "Their",
            "Our",
            "My",
            "Your",
            "This",
            "That",
            "These",
            "Those",
            "There",
            "Here",
            "But",
            "And",
            "Or",
            "So",
            "Yet",
            "In",
            "On",
            "At",
            "For",
            "From",
            "With",
            "By",
            "To",
            "Of",
            "As",
            "If",
            "When",
            "While",
            "After",
            "Before",
            "Since",
            "Although",
            "Though",
            "Because",
            "However",
            "Meanwhile",
            "Still",
            "Now",
            "Then",
            "Also",
            "Some",
            "Many",
            "Most",
            "All",
            "Both",
            "Each",
            "Every",
            "No",
            "Not",
            "What",
            "Why",
            "How",
            "Who",
            "Where",
            "Which",
            "According",
            "Last",
            "Earlier",
            "Later",
            "Despite",
            "During",
            "Such",
            "Only",
            "Even",
            "Instead",
            "Yes",
            "Thus",
            "Another",
            "Other",
            "Until",
            "Officials",
            "Today",
            "Yesterday",
            "Tomorrow");

    /** Brand names spelled with an exclamation mark, which is not a sentence end before a name. */
    private static final Set<String> EXCLAIMED_NAMES = Set.of("Yahoo", "Jeopardy");

    @Override
    public List<SentenceSpan> split(String text) {
        if (text == null) {
            throw new IllegalArgumentException("text to split must not be null");
        }
        SpanCollector spans = new SpanCollector(text);
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || isLineBreak(text.charAt(i))) {
                splitLine(text, lineStart, i, spans);
                lineStart = i + 1;
            }
        }
        return spans.spans();
    }

    private static void splitLine(String text, int from, int to, SpanCollector spans) {
        int sentenceStart = from;
        int i = from;
        while (i < to) {
            if (!isTerminal(text.charAt(i))) {
                i++;
                continue;
            }
            int punctEnd = i;
            while (punctEnd < to && isTerminal(text.charAt(punctEnd))) {
                punctEnd++;
            }
            int end = punctEnd;
            while (end < to && isClosing(text.charAt(end))) {
                end++;
            }
            if (end < to && isSpace(text.charAt(end)) && endsSentence(text, sentenceStart, i, punctEnd, end, to)) {
                spans.add(sentenceStart, end);
                sentenceStart = end;
            }
            i = end;
        }
        spans.add(sentenceStart, to);
    }

    private static boolean endsSentence(String text, int sentenceStart, int punctStart, int punctEnd, int end, int to) {
        int next = end;
        while (next < to && (isSpace(text.charAt(next)) || isOpening(text.charAt(next)))) {
            next++;
        }
        if (next >= to) {
            return true;
        }
        int nextChar = text.codePointAt(next);
        if (Character.isLowerCase(nextChar)) {
            return false;
        }
        if (containsAny(text, punctStart, punctEnd, "?!")) {
            return !isExclaimedName(text, sentenceStart, punctStart, punctEnd) || isSentenceOpener(text, next, to);
        }
        if (punctEnd - punctStart > 1 || text.charAt(punctStart) == '…') {
            return Character.isUpperCase(nextChar) || Character.isTitleCase(nextChar);
        }
        return periodEndsSentence(text, sentenceStart, punctStart, next, to);
    }

    private static boolean periodEndsSentence(String text, int sentenceStart, int period, int next, int to) {
        int tokenStart = tokenStart(text, sentenceStart, period);
        String token = text.substring(tokenStart, period);
        if (isListNumber(token) && tokenStart == firstNonSpace(text, sentenceStart, period)) {
            return false;
        }
        Abbreviation kind = classify(token);
        if (kind == null) {
            return true;
        }
        return switch (kind) {
            case TITLE -> false;
            case NUMBERING -> !Character.isDigit(text.charAt(next));
            case AMBIGUOUS -> isSentenceOpener(text, next, to);
        };
    }

    private static Abbreviation classify(String token) {
        Abbreviation known = ABBREVIATIONS.get(token);
        if (known != null) {
            return known;
        }
        int joint = lastJoint(token);
        if (joint >= 0) {
            // "then-Gov.", "Dec. 31-Jan.", "R-Calif.", "bankruptcy:J.C." classify by their last part
            return classify(token.substring(joint + 1));
        }
        if (token.length() == 1 && Character.isUpperCase(token.charAt(0))) {
            return Abbreviation.AMBIGUOUS;
        }
        return isDottedAcronym(token) ? Abbreviation.AMBIGUOUS : null;
    }

    /** True for {@code U.S}, {@code J.K}, {@code a.m}, {@code Ph.D}: letter groups of 1-2 joined by dots. */
    private static boolean isDottedAcronym(String token) {
        int groupLength = 0;
        boolean sawDot = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '.') {
                if (groupLength == 0) {
                    return false;
                }
                sawDot = true;
                groupLength = 0;
            } else if (Character.isLetter(c) && groupLength < 2) {
                groupLength++;
            } else {
                return false;
            }
        }
        return sawDot && groupLength > 0;
    }

    private static int lastJoint(String token) {
        for (int i = token.length() - 1; i >= 0; i--) {
            char c = token.charAt(i);
            if (c == '-' || c == '–' || c == '—' || c == '/' || c == ':') {
                return i;
            }
        }
        return -1;
    }

    private static boolean isListNumber(String token) {
        if (token.isEmpty() || token.length() > 3) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if (!Character.isDigit(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isExclaimedName(String text, int sentenceStart, int punctStart, int punctEnd) {
        return punctEnd - punctStart == 1
                && EXCLAIMED_NAMES.contains(text.substring(tokenStart(text, sentenceStart, punctStart), punctStart));
    }

    private static boolean isSentenceOpener(String text, int wordStart, int to) {
        int wordEnd = wordStart;
        while (wordEnd < to && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        boolean abbreviated = wordEnd < to && text.charAt(wordEnd) == '.';
        return !abbreviated && SENTENCE_OPENERS.contains(text.substring(wordStart, wordEnd));
    }

    /** Start of the whitespace-delimited token ending at {@code end}, without opening quotes. */
    private static int tokenStart(String text, int lowerBound, int end) {
        int start = end;
        while (start > lowerBound && !isSpace(text.charAt(start - 1))) {
            start--;
        }
        while (start < end && isOpening(text.charAt(start))) {
            start++;
        }
        return start;
    }

    private static int firstNonSpace(String text, int from, int to) {
        int i = from;
        while (i < to && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean containsAny(String text, int from, int to, String chars) {
        for (int i = from; i < to; i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '?' || c == '!' || c == '…';
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']' || c == '}' || c == '»'
                || c == '›';
    }

    private static boolean isOpening(char c) {
        return c == '"' || c == '\'' || c == '“' || c == '‘' || c == '(' || c == '[' || c == '{' || c == '«' || c == '‹'
                || c == '¿' || c == '¡';
    }

    private static boolean isLineBreak(char c) {
        return c == '\n'
                || c == '\r'
                || c == '\u000B'
                || c == '\u000C'
                || c == '\u0085'
                || c == '\u2028'
                || c == '\u2029';
    }

    /** Whitespace for trimming and token boundaries; also covers no-break and zero-width spaces. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c)
                || Character.isSpaceChar(c)
                || (c >= '\u200B' && c <= '\u200D')
                || c == '\u2060'
                || c == '\uFEFF';
    }

    private static Map<String, Abbreviation> abbreviations() {
        Map<String, Abbreviation> map = new HashMap<>();
        List.of(
                        "Mr", "Mrs", "Ms", "Messrs", "Mme", "Mmes", "Dr", "Prof", "Gen", "Gens", "Sen", "Sens", "Rep",
                        "Reps", "Gov", "Govs", "Lt", "Lts", "Col", "Cols", "Capt", "Sgt", "Sgts", "Cpl", "Pvt", "Maj",
                        "Adm", "Cmdr", "Brig", "Rev", "Hon", "Pres", "Supt", "Det", "Insp", "Atty", "Fr", "Mt", "Ft",
                        "vs", "v", "e.g", "i.e", "cf", "viz", "approx", "feat")
                .forEach(title -> map.put(title, Abbreviation.TITLE));
        List.of(
                        "Jr", "Sr", "St", "Inc", "Corp", "Co", "Ltd", "Bros", "Ave", "Blvd", "Rd", "Dept", "Univ",
                        "Assn", "Sec", "al", "ft", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
                        "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Ala", "Ariz",
                        "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md",
                        "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex",
                        "Va", "Vt", "Wash", "Wis", "Wyo")
                .forEach(ambiguous -> map.put(ambiguous, Abbreviation.AMBIGUOUS));
        List.of(
                        "No", "Nos", "Vol", "Vols", "Fig", "Figs", "p", "pp", "Art", "Ch", "Pt", "Op", "Prop", "Props",
                        "Sect", "ext", "Ext")
                .forEach(numbering -> map.put(numbering, Abbreviation.NUMBERING));
        return Map.copyOf(map);
    }

    /** Trims candidate spans, drops empty ones, enforces the length cap and assigns ordinals. */
    private static final class SpanCollector {
        private final String text;
        private final List<SentenceSpan> spans = new ArrayList<>();

        SpanCollector(String text) {
            this.text = text;
        }

        void add(int from, int to) {
            int start = firstNonSpace(text, from, to);
            int end = to;
            while (end > start && isSpace(text.charAt(end - 1))) {
                end--;
            }
            while (end - start > MAX_SENTENCE_CHARS) {
                int cut = cutPoint(start);
                add(start, cut);
                start = firstNonSpace(text, cut, end);
            }
            if (end > start) {
                spans.add(new SentenceSpan(spans.size(), start, end, text.substring(start, end)));
            }
        }

        /** Last whitespace within the cap, else the cap itself moved off a surrogate pair. */
        private int cutPoint(int start) {
            int limit = start + MAX_SENTENCE_CHARS;
            for (int i = limit; i > start; i--) {
                if (isSpace(text.charAt(i))) {
                    return i;
                }
            }
            boolean splitsPair =
                    Character.isHighSurrogate(text.charAt(limit - 1)) && Character.isLowSurrogate(text.charAt(limit));
            return splitsPair ? limit - 1 : limit;
        }

        List<SentenceSpan> spans() {
            return List.copyOf(spans);
        }
    }
}
