package io.newsdesk.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.element.ButtonElement;
import io.newsdesk.answer.Answer;
import io.newsdesk.answer.citation.Citation;
import io.newsdesk.answer.citation.ResolvedDate;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BlockKitFormatterTest {

    private static final BlockKitFormatter.Framing PLAIN = new BlockKitFormatter.Framing(null, null, null, null, false);
    private static final String STAR = "<!date^00000000^{_}|*>";
    private static final String UNDERSCORE = "<!date^00000000^{_}|_>";

    private final BlockKitFormatter formatter = new BlockKitFormatter();

    @Test
    void should_show_the_answer_then_each_citation_quoted_with_linked_title_source_and_date() {
        // given
        Answer answer = answered(
                "Russian Federation",
                citation(
                        1,
                        "Russian Federation vetoed it.",
                        "Veto <again> & more",
                        "https://example.org/a?x=1&y=2",
                        "Wire"));

        // when
        SlackMessage message = formatter.answer(answer, PLAIN);

        // then
        assertThat(texts(message))
                .containsExactly(
                        "*Russian Federation*",
                        ">Russian Federation vetoed it.",
                        "[1] <https://example.org/a?x=1&amp;y=2|Veto &lt;again&gt; &amp; more> · Wire · 2017-04-21");
        assertThat(message.text()).isEqualTo("Russian Federation");
    }

    @Test
    void should_escape_archive_text_and_show_unlinked_titles_in_bold() {
        // given
        Answer answer = answered("A & B <c>", citation(1, "A & B <c> said so.", "Title", null, null));

        // when
        List<String> texts = texts(formatter.answer(answer, BlockKitFormatter.Framing.inThread("Who said so?", null)));

        // then
        assertThat(texts)
                .containsExactly(
                        "Searched for: _Who said so?_",
                        "*A &amp; B &lt;c&gt;*",
                        ">A &amp; B &lt;c&gt; said so.",
                        "[1] *Title* · 2017-04-21");
    }

    @Test
    void should_say_not_found_politely_and_mark_related_sentences_as_not_an_answer() {
        // given
        Answer answer = new Answer(
                Answer.Status.not_found,
                Answer.NOT_FOUND_MESSAGE,
                0.1,
                List.of(),
                List.of(citation(1, "Canberra hosted a summit.", "Summit", null, "Wire")),
                "extractive");

        // when
        SlackMessage message = formatter.answer(answer, PLAIN);

        // then
        assertThat(texts(message))
                .containsExactly(
                        BlockKitFormatter.NOT_FOUND,
                        "*Related sentences* (not an answer):",
                        ">Canberra hosted a summit.",
                        "_Not an answer_ *Summit* · Wire · 2017-04-21");
        assertThat(message.text()).isEqualTo(BlockKitFormatter.NOT_FOUND);
    }

    @Test
    void should_split_long_text_at_sentence_ends_within_the_section_limit() {
        // given
        String sentence = "The committee met again & argued about the budget for a long time. ";
        String longText = sentence.repeat(120);

        // when
        SlackMessage message = formatter.answer(answered(longText, citation(1, longText, "T", null, null)), PLAIN);

        // then
        List<String> texts = texts(message);
        assertThat(texts).allSatisfy(text -> assertThat(text.length()).isLessThanOrEqualTo(3000));
        assertThat(texts.get(0)).endsWith("budget for a long time.");
        assertThat(texts)
                .filteredOn(text -> text.startsWith(">"))
                .hasSizeGreaterThan(1)
                .allSatisfy(text -> assertThat(text).endsWith("time."));
    }

    @Test
    void should_never_cut_inside_an_escape_or_exceed_the_limit_without_spaces() {
        // given
        String text = Mrkdwn.escape("&".repeat(2000));

        // when
        List<String> parts = Mrkdwn.split(text, 3000);

        // then
        assertThat(parts)
                .allSatisfy(part -> assertThat(part)
                        .hasSizeLessThanOrEqualTo(3000)
                        .startsWith("&amp;")
                        .endsWith("&amp;"));
        assertThat(String.join("", parts)).isEqualTo(text);
    }

    @Test
    void should_keep_to_fifty_blocks_and_say_how_many_sources_were_left_out() {
        // given
        List<Citation> citations = IntStream.rangeClosed(1, 40)
                .mapToObj(n -> citation(n, "Sentence " + n + ".", "T" + n, null, null))
                .toList();

        // when
        SlackMessage message = formatter.answer(answered("X", citations.toArray(Citation[]::new)), PLAIN);

        // then
        assertThat(message.blocks()).hasSize(BlockKitFormatter.BLOCK_LIMIT);
        assertThat(texts(message).get(49)).isEqualTo("16 more sources not shown");
    }

    @Test
    void should_show_formatting_characters_of_archive_text_as_written_and_never_as_formatting() {
        // given: a title, a sentence and an answer with every mrkdwn formatting character
        String sentence = "Markets *now* fell; my_var_name and ~2% and `x` stayed.";
        Answer answer =
                answered("*now*", citation(1, sentence, "*Breaking* _news_ ~old~ `code`", "https://x.org/a", "A_B"));

        // when
        List<String> texts = texts(formatter.answer(answer, PLAIN));

        // then: in text each character is the plain fallback of an invalid date; in a link's label a look-alike
        assertThat(texts.get(0)).isEqualTo("*" + STAR + "now" + STAR + "*");
        assertThat(texts.get(1))
                .isEqualTo(">Markets " + STAR + "now" + STAR + " fell; my" + UNDERSCORE + "var" + UNDERSCORE
                        + "name and <!date^00000000^{_}|~>2% and <!date^00000000^{_}|`>x<!date^00000000^{_}|`>"
                        + " stayed.");
        assertThat(texts.get(2))
                .isEqualTo(
                        "[1] <https://x.org/a|\u2217Breaking\u2217 \u02cdnews\u02cd \u223cold\u223c \u02cbcode\u02cb>"
                                + " · A\u02cdB · 2017-04-21");
        assertThat(String.join("", texts.subList(1, texts.size()))
                        .replaceAll("<!date\\^00000000\\^\\{_}\\|[*_~`]>", ""))
                .doesNotContain("*now", "_news", "~old", "`code");
    }

    @Test
    void should_mark_the_answer_in_its_sentence_and_show_the_relative_dates_made_concrete() {
        // given
        String sentence = "Russia vetoed the resolution on Wednesday, officials said.";
        Citation cited = new Citation(
                1,
                UUID.randomUUID(),
                "Veto",
                "Wire",
                null,
                LocalDate.of(2017, 4, 21),
                0,
                0,
                sentence.length(),
                sentence,
                0,
                6,
                1.0,
                List.of(new ResolvedDate("Wednesday", 32, 41, LocalDate.of(2017, 4, 19))));

        // when
        SlackMessage message = formatter.answer(answered("Russia", cited), PLAIN);

        // then
        assertThat(texts(message).get(1))
                .isEqualTo(">\u200b*\u200bRussia\u200b*\u200b vetoed the resolution on Wednesday, officials said.");
        List<ContextBlockElement> provenance = ((ContextBlock) message.blocks().get(2)).getElements();
        assertThat(provenance).hasSize(2);
        assertThat(((MarkdownTextObject) provenance.get(1)).getText())
                .isEqualTo("“Wednesday” = Wednesday 19 April 2017 (2017-04-19)");
    }

    @Test
    void should_offer_share_and_feedback_buttons_carrying_the_answer_id_after_repeating_the_question() {
        // given
        BlockKitFormatter.Framing command = new BlockKitFormatter.Framing("You", "who?", null, "id-1", true);

        // when
        SlackMessage message = formatter.answer(answered("X", citation(1, "X did.", "T", null, null)), command);

        // then
        assertThat(texts(message))
                .containsExactly(
                        "You asked: _who?_",
                        "*X*",
                        ">X did.",
                        "[1] *T* · 2017-04-21",
                        "actions:share,feedback_helpful,feedback_wrong");
        ActionsBlock buttons = (ActionsBlock) message.blocks().get(4);
        assertThat(buttons.getElements())
                .allSatisfy(button ->
                        assertThat(((ButtonElement) button).getValue()).isEqualTo("id-1"));
    }

    @Test
    void should_keep_within_slacks_limits_for_the_longest_answer_it_can_be_given() {
        // given: a 100,000-character answer of formatting characters, 60 sources of 5,000 characters each with long
        // titles, sources, URLs and a dozen relative dates
        String hostile = "*_~`&<>".repeat(14_286);
        List<ResolvedDate> dates = IntStream.range(0, 12)
                .mapToObj(i -> new ResolvedDate("*".repeat(200), 0, 200, LocalDate.of(2017, 4, 19)))
                .toList();
        List<Citation> citations = IntStream.rangeClosed(1, 60)
                .mapToObj(n -> new Citation(
                        n,
                        UUID.randomUUID(),
                        hostile.substring(0, 2000),
                        hostile.substring(0, 2000),
                        "https://x.org/?" + "&".repeat(n % 2 == 0 ? 100 : 5000),
                        LocalDate.of(2017, 4, 21),
                        0,
                        0,
                        5000,
                        hostile.substring(0, 5000),
                        10,
                        4000,
                        1.0,
                        dates))
                .toList();
        BlockKitFormatter.Framing framing = new BlockKitFormatter.Framing(
                "You", hostile.substring(0, 2000), hostile.substring(0, 2000), "id", true);

        // when
        SlackMessage message = formatter.answer(answered(hostile, citations.toArray(Citation[]::new)), framing);

        // then
        assertThat(message.blocks()).hasSizeLessThanOrEqualTo(BlockKitFormatter.BLOCK_LIMIT);
        assertThat(message.text()).hasSizeLessThanOrEqualTo(BlockKitFormatter.SECTION_LIMIT);
        assertThat(message.blocks().get(message.blocks().size() - 1)).isInstanceOf(ActionsBlock.class);
        for (LayoutBlock block : message.blocks()) {
            if (block instanceof SectionBlock section) {
                assertThat(((MarkdownTextObject) section.getText()).getText()).hasSizeLessThanOrEqualTo(3000);
            } else if (block instanceof ContextBlock context) {
                assertThat(context.getElements()).hasSizeLessThanOrEqualTo(10);
                assertThat(context.getElements())
                        .allSatisfy(element -> assertThat(((MarkdownTextObject) element).getText())
                                .hasSizeLessThanOrEqualTo(3000));
            }
        }
    }

    @Test
    void should_never_split_inside_a_token_that_keeps_a_character_plain() {
        // given
        String text = Mrkdwn.escape("word " + "*".repeat(500));

        // when
        List<String> parts = Mrkdwn.split(text, 3000);

        // then
        assertThat(parts).hasSizeGreaterThan(1);
        assertThat(parts)
                .allSatisfy(part -> assertThat(part)
                        .hasSizeLessThanOrEqualTo(3000)
                        .doesNotStartWith("!date")
                        .endsWith(">"));
        assertThat(String.join("", parts)).isEqualTo(text);
    }

    /** Each block's text: a section's, a context line's first element, an actions block's action ids. */
    static List<String> texts(SlackMessage message) {
        return message.blocks().stream().map(BlockKitFormatterTest::text).toList();
    }

    private static String text(LayoutBlock block) {
        if (block instanceof SectionBlock section) {
            return ((MarkdownTextObject) section.getText()).getText();
        }
        if (block instanceof ContextBlock context) {
            return ((MarkdownTextObject) context.getElements().get(0)).getText();
        }
        return "actions:"
                + ((ActionsBlock) block)
                        .getElements().stream()
                                .map(element -> ((ButtonElement) element).getActionId())
                                .collect(Collectors.joining(","));
    }

    private static Answer answered(String text, Citation... citations) {
        return new Answer(Answer.Status.answered, text, 0.9, List.of(citations), List.of(), "extractive");
    }

    private static Citation citation(int n, String text, String title, String url, String source) {
        return new Citation(
                n,
                UUID.randomUUID(),
                title,
                source,
                url,
                LocalDate.of(2017, 4, 21),
                0,
                0,
                text.length(),
                text,
                null,
                null,
                1.0,
                List.of());
    }
}
