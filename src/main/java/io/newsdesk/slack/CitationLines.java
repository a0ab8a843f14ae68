package io.newsdesk.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.LayoutBlock;
import io.newsdesk.answer.citation.Citation;
import io.newsdesk.answer.citation.ResolvedDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One cited sentence as Slack blocks: the sentence quoted verbatim with the short answer in bold where the reader
 * found it, then a context line with its article (linked when it has a URL), source and date, and a second element
 * with each relative date of the sentence made concrete ("Wednesday" = Wednesday 19 April 2017), as the widget shows.
 */
final class CitationLines {

    // Bounds that keep a context element within Slack's 3,000 characters, entities (5 characters each) included.
    private static final int TITLE_LIMIT = 300;
    private static final int SOURCE_LIMIT = 100;
    /** A longer (encoded) URL is not linked. */
    private static final int LINK_LIMIT = 900;

    private static final int DATES_SHOWN = 5;
    private static final int DATE_TEXT_LIMIT = 80;
    private static final String SEPARATOR = " · ";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);

    private CitationLines() {}

    /** The sentence as a quote (split if long), then its provenance and dates. */
    static List<LayoutBlock> quote(Citation citation, String label) {
        List<LayoutBlock> blocks = new ArrayList<>();
        for (String part : Mrkdwn.split(sentence(citation), BlockKitFormatter.SECTION_LIMIT - 1)) {
            blocks.add(section(s -> s.text(markdownText(">" + part))));
        }
        List<ContextBlockElement> elements = new ArrayList<>();
        elements.add(markdownText(label + " " + provenance(citation)));
        String dates = dates(citation);
        if (!dates.isEmpty()) {
            elements.add(markdownText(dates));
        }
        blocks.add(context(elements));
        return blocks;
    }

    /**
     * The sentence escaped, whitespace made single spaces, with the answer in bold when the citation says where it
     * is; unmarked when the marked sentence would have to be split (a cut could fall inside the bold).
     */
    static String sentence(Citation citation) {
        String text = citation.text();
        Integer start = citation.answerStart();
        Integer end = citation.answerEnd();
        String plain = Mrkdwn.escape(squeeze(text)).strip();
        if (start == null || end == null || start < 0 || end <= start || end > text.length()) {
            return plain;
        }
        String before = Mrkdwn.escape(squeeze(text.substring(0, start))).stripLeading();
        String answer = Mrkdwn.escape(squeeze(text.substring(start, end)).strip());
        String after = Mrkdwn.escape(squeeze(text.substring(end))).stripTrailing();
        String marked = before + Mrkdwn.bold(answer) + after;
        return answer.isEmpty() || marked.length() > BlockKitFormatter.SECTION_LIMIT - 1 ? plain : marked;
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static String provenance(Citation citation) {
        String title = Mrkdwn.label(shortened(
                citation.title() == null || citation.title().isBlank() ? "Untitled article" : citation.title(),
                TITLE_LIMIT));
        String link = citation.url() == null ? "" : Mrkdwn.link(citation.url().strip());
        StringBuilder line = new StringBuilder();
        if (!link.isEmpty() && link.length() <= LINK_LIMIT) {
            line.append('<').append(link).append('|').append(title).append('>');
        } else {
            line.append('*').append(title).append('*');
        }
        if (citation.source() != null && !citation.source().isBlank()) {
            line.append(SEPARATOR).append(Mrkdwn.label(shortened(citation.source(), SOURCE_LIMIT)));
        }
        if (citation.publishedAt() != null) {
            line.append(SEPARATOR).append(citation.publishedAt());
        }
        return line.toString();
    }

    private static String shortened(String text, int limit) {
        String stripped = text.strip();
        return stripped.length() <= limit ? stripped : stripped.substring(0, limit - 1) + "…";
    }

    /** The first few relative dates of the sentence, each with the day it stands for; empty when there are none. */
    static String dates(Citation citation) {
        List<String> shown = new ArrayList<>();
        for (ResolvedDate date :
                citation.resolvedDates().stream().limit(DATES_SHOWN).toList()) {
            String text = Mrkdwn.label(shortened(date.text(), DATE_TEXT_LIMIT));
            shown.add("“" + text + "” = " + DAY.format(date.date()) + " (" + date.date() + ")");
        }
        return String.join(SEPARATOR, shown);
    }
}
