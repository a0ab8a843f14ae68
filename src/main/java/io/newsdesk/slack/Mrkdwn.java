package io.newsdesk.slack;

import java.util.ArrayList;
import java.util.List;

/**
 * Text from the archive made safe for Slack's mrkdwn, which has no escape character. {@code &}, {@code <} and
 * {@code >} become the entities Slack decodes. Each of the formatting characters {@code *}, {@code _}, {@code ~} and
 * the backtick is sent as the fallback of a date token whose format is invalid ({@code <!date^00000000^{_}|*>}): Slack
 * shows a fallback as plain text, so "*now*" stays "*now*" instead of turning bold. Inside a link's label no token
 * can nest, so there they are replaced by look-alikes (∗ ˍ ∼ ˋ). Long text is split without cutting an entity, a
 * token or a surrogate pair.
 */
final class Mrkdwn {

    private static final String FORMATTING = "*_~`";
    private static final String LOOK_ALIKES = "\u2217\u02cd\u223c\u02cb";
    /** Zero-width spaces around a marker make Slack apply it even inside a word (the answer within a sentence). */
    private static final String ZWSP = "\u200b";

    private Mrkdwn() {}

    /** Text shown as written: entities for {@code & < >}, plain-text tokens for the formatting characters. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> {
                    if (FORMATTING.indexOf(c) >= 0) {
                        out.append("<!date^00000000^{_}|").append(c).append('>');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * A question shown on one context line (at most 3,000 characters): escaped, or when that is too long its first
     * 500 characters with look-alikes for the formatting characters.
     */
    static String line(String text) {
        String escaped = escape(text.strip());
        if (escaped.length() <= 2500) {
            return escaped;
        }
        String stripped = text.strip();
        return label(stripped.length() <= 500 ? stripped : stripped.substring(0, 499) + "…");
    }

    /** A short label (a link's text, a title, a source): entities for {@code & < >}, look-alikes for the formatting characters. */
    static String label(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int formatting = FORMATTING.indexOf(c);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(formatting >= 0 ? LOOK_ALIKES.charAt(formatting) : c);
            }
        }
        return out.toString();
    }

    /** Slack's mention of a user, or "Someone" when the id is not one Slack would send. */
    static String mention(String userId) {
        return userId != null && userId.matches("[A-Z0-9]{2,30}") ? "<@" + userId + ">" : "Someone";
    }

    /** Already escaped text in bold, even where it starts or ends inside a word. */
    static String bold(String escaped) {
        return ZWSP + "*" + ZWSP + escaped + ZWSP + "*" + ZWSP;
    }

    /** A URL made safe inside {@code <url|text>}: the characters that would end the link are encoded. */
    static String link(String url) {
        return url.replace("&", "&amp;")
                .replace("<", "%3C")
                .replace(">", "%3E")
                .replace("|", "%7C")
                .replace(" ", "%20");
    }

    /**
     * Splits text into parts of at most {@code limit} characters, preferring a line break, then a sentence end, then
     * a space; never inside an entity such as {@code &amp;}, a {@code <...>} token or a surrogate pair.
     */
    static List<String> split(String text, int limit) {
        List<String> parts = new ArrayList<>();
        String rest = text.strip();
        while (rest.length() > limit) {
            int cut = cutPoint(rest, limit);
            parts.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }

    private static int cutPoint(String text, int limit) {
        int floor = limit / 2;
        int newline = text.lastIndexOf('\n', limit - 1);
        if (newline >= floor && outsideToken(text, newline + 1)) {
            return newline + 1;
        }
        for (int i = limit - 1; i >= floor; i--) {
            char c = text.charAt(i - 1);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i)) && outsideToken(text, i)) {
                return i;
            }
        }
        for (int i = limit - 1; i >= floor; i--) {
            if (text.charAt(i) == ' ' && outsideToken(text, i + 1)) {
                return i + 1;
            }
        }
        return hardCut(text, limit);
    }

    /** The limit, moved back to the start of a surrogate pair, entity or token it would cut. */
    private static int hardCut(String text, int limit) {
        int cut = limit;
        if (Character.isLowSurrogate(text.charAt(cut))) {
            cut--;
        }
        int amp = text.lastIndexOf('&', cut - 1);
        if (amp >= 0 && cut - amp < 5 && text.indexOf(';', amp) >= cut) {
            cut = amp;
        }
        int open = text.lastIndexOf('<', cut - 1);
        if (open > 0 && text.lastIndexOf('>', cut - 1) < open) {
            cut = open;
        }
        return cut;
    }

    /** Whether a cut at {@code at} falls outside every {@code <...>} token. */
    private static boolean outsideToken(String text, int at) {
        return text.lastIndexOf('<', at - 1) <= text.lastIndexOf('>', at - 1);
    }
}
