package io.newsdesk.slack;

import io.newsdesk.answer.Answer;
import io.newsdesk.answer.citation.Citation;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Formats an answer as a Slack Block Kit message: the answer, then each cited sentence quoted
 * verbatim with its article (linked when it has a URL), source and date. A {@code not_found}
 * answer gets its own polite wording and its related sentences are marked as not an answer. Text
 * from the archive is escaped for mrkdwn; Slack's limits (3,000 characters per section, 50 blocks)
 * hold, with long text split at paragraph, sentence or word boundaries.
 */
@Singleton
class BlockKitFormatter {

    static final int SECTION_LIMIT = 3000;
    static final int BLOCK_LIMIT = 50;
    static final String NOT_FOUND = "Sorry, I couldn't find anything in the news archive that answers this."
            + " You could rephrase the question, or ask about a particular event, person or date.";
    private static final int TITLE_LIMIT = 300;
    private static final int ANSWER_SECTIONS = 20;
    private static final String SEPARATOR = " · ";

    /** The message for an answer; {@code searchedAs} is the rewritten follow-up, or null. */
    SlackMessage answer(Answer answer, String searchedAs) {
        List<Block> head = new ArrayList<>();
        if (searchedAs != null) {
            head.add(new Block.Context("Searched for: _" + escape(searchedAs) + "_"));
        }
        List<List<Block>> sources = new ArrayList<>();
        if (answer.status() == Answer.Status.answered) {
            head.addAll(answerSections(answer.answer()));
            for (Citation citation : answer.citations()) {
                sources.add(quote(citation, "[" + citation.n() + "]"));
            }
            return fitted(plain(answer.answer()), head, sources);
        }
        head.add(new Block.Section(NOT_FOUND));
        if (!answer.related().isEmpty()) {
            head.add(new Block.Section("*Related sentences* (not an answer):"));
            for (Citation related : answer.related()) {
                sources.add(quote(related, "_Not an answer_"));
            }
        }
        return fitted(NOT_FOUND, head, sources);
    }

    /** A short message with no sources (help, refusals, failures). */
    SlackMessage notice(String text) {
        List<Block> sections = split(escape(text), SECTION_LIMIT).stream()
                .limit(ANSWER_SECTIONS)
                .map(part -> (Block) new Block.Section(part))
                .toList();
        return new SlackMessage(plain(text), sections);
    }

    /** Slack mrkdwn escaping of the three control characters. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * Splits text into parts of at most {@code limit} characters, preferring a line break, then a
     * sentence end, then a space; never inside an escape such as {@code &amp;} or a surrogate pair.
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
        if (newline >= floor) {
            return newline + 1;
        }
        for (int i = limit - 1; i >= floor; i--) {
            char c = text.charAt(i - 1);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        int space = text.lastIndexOf(' ', limit - 1);
        if (space >= floor) {
            return space + 1;
        }
        int cut = limit;
        if (Character.isLowSurrogate(text.charAt(cut))) {
            cut--;
        }
        int amp = text.lastIndexOf('&', cut - 1);
        if (amp >= 0 && cut - amp < 5 && text.indexOf(';', amp) >= cut) {
            cut = amp;
        }
        return cut;
    }

    private static List<Block> answerSections(String answer) {
        String escaped = escape(answer.strip());
        if (escaped.length() <= 300 && escaped.indexOf('\n') < 0 && escaped.indexOf('*') < 0) {
            return List.of(new Block.Section("*" + escaped + "*"));
        }
        return split(escaped, SECTION_LIMIT).stream()
                .limit(ANSWER_SECTIONS)
                .map(part -> (Block) new Block.Section(part))
                .toList();
    }

    /** A cited sentence as a quote (split if long), then its article, source and date. */
    private static List<Block> quote(Citation citation, String label) {
        List<Block> blocks = new ArrayList<>();
        String sentence = escape(citation.text().replaceAll("\\s+", " ").strip());
        for (String part : split(sentence, SECTION_LIMIT - 1)) {
            blocks.add(new Block.Section(">" + part));
        }
        blocks.add(new Block.Context(label + " " + provenance(citation)));
        return blocks;
    }

    private static String provenance(Citation citation) {
        String title = citation.title() == null || citation.title().isBlank()
                ? "Untitled article"
                : citation.title().strip();
        if (title.length() > TITLE_LIMIT) {
            title = title.substring(0, TITLE_LIMIT - 1) + "…";
        }
        StringBuilder line = new StringBuilder();
        if (citation.url() != null && !citation.url().isBlank()) {
            line.append('<')
                    .append(link(citation.url().strip()))
                    .append('|')
                    .append(escape(title))
                    .append('>');
        } else {
            line.append('*').append(escape(title)).append('*');
        }
        if (citation.source() != null && !citation.source().isBlank()) {
            line.append(SEPARATOR).append(escape(citation.source().strip()));
        }
        if (citation.publishedAt() != null) {
            line.append(SEPARATOR).append(citation.publishedAt());
        }
        return line.toString();
    }

    /** A URL made safe inside {@code <url|text>}: the characters that would end the link are encoded. */
    private static String link(String url) {
        return url.replace("&", "&amp;")
                .replace("<", "%3C")
                .replace(">", "%3E")
                .replace("|", "%7C")
                .replace(" ", "%20");
    }

    /**
     * The head, then as many whole source groups as fit in 50 blocks; a last context line says how
     * many were left out.
     */
    private static SlackMessage fitted(String fallback, List<Block> head, List<List<Block>> sources) {
        List<Block> blocks = new ArrayList<>(head);
        int left = 0;
        for (List<Block> group : sources) {
            if (left == 0 && blocks.size() + group.size() <= BLOCK_LIMIT - 1) {
                blocks.addAll(group);
            } else {
                left++;
            }
        }
        if (left > 0) {
            blocks.add(new Block.Context(
                    String.format(Locale.ROOT, "%d more %s not shown", left, left == 1 ? "source" : "sources")));
        }
        return new SlackMessage(fallback, blocks);
    }

    /** The plain-text fallback: escaped, within Slack's recommended length. */
    private static String plain(String text) {
        String escaped = escape(text.strip());
        return escaped.length() <= SECTION_LIMIT
                ? escaped
                : split(escaped, SECTION_LIMIT).get(0);
    }
}
