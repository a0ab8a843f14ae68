package io.newsdesk.testing;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * jqwik generators of text a hostile or careless client may send: control and zero-width
 * characters, lone and paired surrogates (emoji, flags, ZWJ sequences), mixed scripts and
 * combining marks, bidi overrides, odd whitespace and line ends, sentence punctuation in odd
 * places, and very long tokens, mixed with ordinary words so the parsers get past their first line.
 */
public final class HostileStrings {

    private static final String[] PUNCTUATION = {
        ". ",
        "? ",
        "! ",
        "...",
        "\u2026",
        "\"",
        "\u201C",
        "\u201D",
        "'",
        "Mr. ",
        "U.S. ",
        "3.5",
        "$1.2 million",
        "(",
        ")",
        " - ",
        "\u2022 ",
        "1. ",
        ":",
        ";",
        " | ",
        "By ",
        "Published: ",
        "Like this:",
        "Related",
        "?!",
        ".\"",
        "\u00BF",
        "\u3002",
        "\u061F"
    };
    private static final String[] WHITESPACE = {
        " ",
        " ",
        "\n",
        "\n\n",
        "\n\n\n\n",
        "\r\n",
        "\r",
        "\t",
        "\u00A0",
        "\u2028",
        "\u2029",
        "\u3000",
        "\u2007",
        "\u202F",
        "\u000B",
        "\u000C",
        "\u0085"
    };
    private static final String[] INVISIBLE = {
        "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u200E", "\u200F", "\u202E", "\u2066", "\u0000",
        "\u0007", "\u001B", "\u007F", "\u009F", "\uFFFD", "\uFFFF"
    };
    private static final String[] SURROGATES = {
        "\uD83D\uDE00",
        "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
        "\uD83C\uDDFA\uD83C\uDDE6",
        "\uD83D\uDC4D\uD83C\uDFFD",
        "\uD835\uDD04",
        "\uD83D",
        "\uDE00",
        "\uDBFF\uDFFF"
    };
    private static final String[] SCRIPTS = {
        "\u041F\u0440\u0438\u0432\u0435\u0442",
        "\u0645\u0631\u062D\u0628\u0627",
        "\u05E9\u05DC\u05D5\u05DD",
        "\u4F60\u597D\u4E16\u754C",
        "\u0928\u092E\u0938\u094D\u0924\u0947",
        "\u0E2A\u0E27\u0E31\u0E2A\u0E14\u0E35",
        "e\u0301",
        "\u1100\u1161\u11A8",
        "A\u030A",
        "\u212B",
        "\u0130stanbul",
        "\u00DF",
        "\uFB01",
        "\u0391\u03B8\u03AE\u03BD\u03B1",
        "\u0301",
        "\u0308",
        "\u0327",
        "\u05B7",
        "\u093F"
    };

    private HostileStrings() {}

    /** Any string of BMP characters, lone surrogates included, up to 300 characters. */
    public static Arbitrary<String> anyChars() {
        return Arbitraries.strings().all().ofMaxLength(300);
    }

    /** Text-like strings: words and sentence marks mixed with every kind of hostile character. */
    public static Arbitrary<String> textLike() {
        return Arbitraries.frequencyOf(
                        Tuple.of(30, words()),
                        Tuple.of(12, Arbitraries.of(PUNCTUATION)),
                        Tuple.of(12, Arbitraries.of(WHITESPACE)),
                        Tuple.of(6, Arbitraries.of(INVISIBLE)),
                        Tuple.of(6, Arbitraries.of(SURROGATES)),
                        Tuple.of(6, Arbitraries.of(SCRIPTS)),
                        Tuple.of(3, Arbitraries.strings().all().ofMinLength(1).ofMaxLength(4)),
                        Tuple.of(1, longToken()))
                .list()
                .ofMaxSize(80)
                .map(pieces -> String.join("", pieces));
    }

    /** Text-like strings or arbitrary characters, half and half. */
    public static Arbitrary<String> hostile() {
        return Arbitraries.oneOf(textLike(), anyChars());
    }

    private static Arbitrary<String> words() {
        Arbitrary<String> lower =
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10);
        return Arbitraries.oneOf(
                lower,
                lower.map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)),
                lower.map(w -> " " + w),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(6));
    }

    /** One token without spaces, up to 3,000 characters, sometimes made of emoji. */
    private static Arbitrary<String> longToken() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(200).ofMaxLength(3_000),
                Arbitraries.integers().between(100, 1_500).map("\uD83D\uDE00"::repeat),
                Arbitraries.integers().between(100, 1_000).map("a.b"::repeat));
    }
}
