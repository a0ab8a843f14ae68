package io.newsdesk.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import io.newsdesk.answer.Answer;
import io.newsdesk.answer.citation.Citation;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Formats an answer as a Slack Block Kit message (the SDK's model): the question when it is repeated, the answer,
 * then each cited sentence quoted verbatim with the answer marked in it, its article (linked when it has a URL),
 * source, date and the relative dates it mentions made concrete ({@link CitationLines}); last the buttons. A
 * {@code not_found} answer gets its own polite wording and its related sentences are marked as not an answer. Text
 * from the archive is escaped for mrkdwn ({@link Mrkdwn}); Slack's limits (3,000 characters per section, 50
 * blocks) hold, with long text split at paragraph, sentence or word boundaries.
 */
@Singleton
class BlockKitFormatter {

    static final int SECTION_LIMIT = 3000;
    static final int BLOCK_LIMIT = 50;
    static final String NOT_FOUND = "Sorry, I couldn't find anything in the news archive that answers this."
            + " You could rephrase the question, or ask about a particular event, person or date.";
    static final String SHARE = "share";
    static final String HELPFUL = "feedback_helpful";
    static final String WRONG = "feedback_wrong";
    private static final int ANSWER_SECTIONS = 20;

    /**
     * How an answer is framed.
     *
     * @param asker      who asked, when the question is repeated ({@code You}, {@code <@U123>}), or null
     * @param question   the question as asked (repeated when there is an asker)
     * @param searchedAs the rewritten follow-up that was searched, or null
     * @param answerId   the stored answer the buttons point at, or null for no buttons
     * @param shareable  whether a "Share in channel" button is offered
     */
    record Framing(String asker, String question, String searchedAs, String answerId, boolean shareable) {

        /** An answer in a thread or direct message: the question is right above it. */
        static Framing inThread(String searchedAs, String answerId) {
            return new Framing(null, null, searchedAs, answerId, false);
        }
    }

    /** The message for an answer. */
    SlackMessage answer(Answer answer, Framing framing) {
        List<LayoutBlock> head = new ArrayList<>();
        if (framing.asker() != null) {
            head.add(contextLine(framing.asker() + " asked: _" + Mrkdwn.line(framing.question()) + "_"));
        }
        if (framing.searchedAs() != null) {
            head.add(contextLine("Searched for: _" + Mrkdwn.line(framing.searchedAs()) + "_"));
        }
        List<List<LayoutBlock>> sources = new ArrayList<>();
        String fallback;
        if (answer.status() == Answer.Status.answered) {
            head.addAll(answerSections(answer.answer()));
            for (Citation citation : answer.citations()) {
                sources.add(CitationLines.quote(citation, "[" + citation.n() + "]"));
            }
            fallback = answer.answer();
        } else {
            head.add(section(s -> s.text(markdownText(NOT_FOUND))));
            if (!answer.related().isEmpty()) {
                head.add(section(s -> s.text(markdownText("*Related sentences* (not an answer):"))));
                for (Citation related : answer.related()) {
                    sources.add(CitationLines.quote(related, "_Not an answer_"));
                }
            }
            fallback = NOT_FOUND;
        }
        List<LayoutBlock> tail =
                framing.answerId() == null ? List.of() : List.of(buttons(framing.answerId(), framing.shareable()));
        return fitted(plain(fallback), head, sources, tail);
    }

    /** A short message with no sources (help, refusals, failures). */
    SlackMessage notice(String text) {
        List<LayoutBlock> sections = Mrkdwn.split(Mrkdwn.escape(text), SECTION_LIMIT).stream()
                .limit(ANSWER_SECTIONS)
                .map(part -> (LayoutBlock) section(s -> s.text(markdownText(part))))
                .toList();
        return new SlackMessage(plain(text), sections);
    }

    private static List<LayoutBlock> answerSections(String answer) {
        String escaped = Mrkdwn.escape(answer.strip());
        if (escaped.length() <= 300 && escaped.indexOf('\n') < 0) {
            return List.of(section(s -> s.text(markdownText("*" + escaped + "*"))));
        }
        return Mrkdwn.split(escaped, SECTION_LIMIT).stream()
                .limit(ANSWER_SECTIONS)
                .map(part -> (LayoutBlock) section(s -> s.text(markdownText(part))))
                .toList();
    }

    /** The buttons under an answer: share it (for an answer only its asker sees), then say it helped or was wrong. */
    private static LayoutBlock buttons(String answerId, boolean shareable) {
        List<BlockElement> elements = new ArrayList<>();
        if (shareable) {
            elements.add(button(b -> b.actionId(SHARE)
                    .text(plainText("Share in channel"))
                    .value(answerId)
                    .style("primary")));
        }
        elements.add(button(b -> b.actionId(HELPFUL).text(plainText("Helpful")).value(answerId)));
        elements.add(button(
                b -> b.actionId(WRONG).text(plainText("Wrong")).value(answerId).style("danger")));
        return actions(a -> a.blockId("answer").elements(elements));
    }

    static LayoutBlock contextLine(String mrkdwn) {
        return context(List.<ContextBlockElement>of(markdownText(mrkdwn)));
    }

    /**
     * The head and the tail, and between them as many whole source groups as fit in 50 blocks; a last context line
     * says how many were left out.
     */
    private static SlackMessage fitted(
            String fallback, List<LayoutBlock> head, List<List<LayoutBlock>> sources, List<LayoutBlock> tail) {
        List<LayoutBlock> blocks = new ArrayList<>(head);
        int room = BLOCK_LIMIT - 1 - tail.size();
        int left = 0;
        for (List<LayoutBlock> group : sources) {
            if (left == 0 && blocks.size() + group.size() <= room) {
                blocks.addAll(group);
            } else {
                left++;
            }
        }
        if (left > 0) {
            blocks.add(contextLine(
                    String.format(Locale.ROOT, "%d more %s not shown", left, left == 1 ? "source" : "sources")));
        }
        blocks.addAll(tail);
        return new SlackMessage(fallback, blocks);
    }

    /** The plain-text fallback: {@code & < >} escaped, within Slack's recommended length. */
    private static String plain(String text) {
        String escaped = text.strip().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return escaped.length() <= SECTION_LIMIT
                ? escaped
                : Mrkdwn.split(escaped, SECTION_LIMIT).get(0);
    }
}
