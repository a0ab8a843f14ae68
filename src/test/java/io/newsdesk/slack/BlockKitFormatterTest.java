package io.newsdesk.slack;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.answer.Answer;
import io.newsdesk.answer.citation.Citation;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BlockKitFormatterTest {

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
        SlackMessage message = formatter.answer(answer, null);

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
        List<String> texts = texts(formatter.answer(answer, "Who said so?"));

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
        SlackMessage message = formatter.answer(answer, null);

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
        SlackMessage message = formatter.answer(answered(longText, citation(1, longText, "T", null, null)), null);

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
        String text = BlockKitFormatter.escape("&".repeat(2000));

        // when
        List<String> parts = BlockKitFormatter.split(text, 3000);

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
        SlackMessage message = formatter.answer(answered("X", citations.toArray(Citation[]::new)), null);

        // then
        assertThat(message.blocks()).hasSize(BlockKitFormatter.BLOCK_LIMIT);
        assertThat(texts(message).get(49)).isEqualTo("16 more sources not shown");
    }

    private static List<String> texts(SlackMessage message) {
        return message.blocks().stream()
                .map(block -> block instanceof Block.Section section
                        ? section.text().text()
                        : ((Block.Context) block).elements().get(0).text())
                .toList();
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
