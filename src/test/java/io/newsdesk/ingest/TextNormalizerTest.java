package io.newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    private final TextNormalizer normalizer = new TextNormalizer();

    @Test
    void should_compose_characters_when_text_uses_combining_marks() {
        // given
        String raw = "Cafe\u0301 owner";

        // when
        String normalized = normalizer.normalize(raw);

        // then
        assertThat(normalized).isEqualTo("Caf\u00E9 owner");
    }

    @Test
    void should_use_unix_newlines_when_text_has_carriage_returns() {
        // given
        String raw = "one\r\ntwo\rthree\u2028four";

        // when
        String normalized = normalizer.normalize(raw);

        // then
        assertThat(normalized).isEqualTo("one\ntwo\nthree\nfour");
    }

    @Test
    void should_drop_invisible_characters_when_text_has_controls_and_zero_width_chars() {
        // given
        String raw = "\uFEFFbreak\u200Bing\u0007 news\u200D\u2060\u0000!";

        // when
        String normalized = normalizer.normalize(raw);

        // then
        assertThat(normalized).isEqualTo("breaking news!");
    }

    @Test
    void should_use_plain_spaces_when_text_has_tabs_and_no_break_spaces() {
        // given
        String raw = "a\tb\u00A0c\u202Fd";

        // when
        String normalized = normalizer.normalize(raw);

        // then
        assertThat(normalized).isEqualTo("a b c d");
    }

    @Test
    void should_keep_one_blank_line_when_paragraphs_are_padded() {
        // given
        String raw = "  \n\nFirst line.   \n \t \n\n\n\n  Second line.\t\n\nThird.\n\n\n";

        // when
        String normalized = normalizer.normalize(raw);

        // then
        assertThat(normalized).isEqualTo("First line.\n\n  Second line.\n\nThird.");
    }

    @Test
    void should_return_empty_when_text_is_only_whitespace() {
        // given
        String raw = " \t\r\n\u00A0\u200B ";

        // when
        String normalized = normalizer.normalize(raw);

        // then
        assertThat(normalized).isEmpty();
    }

    @Test
    void should_drop_half_an_emoji_and_keep_whole_ones_when_text_has_lone_surrogates() {
        // given: a JSON escape of half an emoji gives a lone surrogate, which UTF-8 cannot store
        // (PostgreSQL would get "?" in its place)
        String raw = "tornado \uD83D warning \uD83C\uDF2A\uFE0F \uDE00end";

        // when
        String normalized = normalizer.normalize(raw);

        // then
        assertThat(normalized).isEqualTo("tornado  warning \uD83C\uDF2A\uFE0F end");
    }

    @Test
    void should_compose_a_mark_with_its_letter_when_a_zero_width_character_stood_between_them() {
        // given
        String raw = "Cafe\u200B\u0301 owner";

        // when
        String normalized = normalizer.normalize(raw);

        // then: NFC holds for the stored text, so normalising it again changes nothing
        assertThat(normalized).isEqualTo("Caf\u00E9 owner").isEqualTo(normalizer.normalize(normalized));
    }

    @Test
    void should_reject_null_when_normalizing() {
        // given
        String raw = null;

        // when / then
        assertThatThrownBy(() -> normalizer.normalize(raw)).isInstanceOf(IllegalArgumentException.class);
    }
}
