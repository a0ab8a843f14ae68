package io.newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.testing.HostileStrings;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The splitter's offsets hold for any text, raw or normalised: citations and the widget rely on
 * {@code text.substring(start, end) == sentence} for every sentence ever stored.
 */
class NewsSentenceSplitterPropertiesTest {

    private final NewsSentenceSplitter splitter = new NewsSentenceSplitter();
    private final TextNormalizer normalizer = new TextNormalizer();

    @Provide
    Arbitrary<String> hostile() {
        return HostileStrings.hostile();
    }

    @Property(tries = 1_000)
    void should_return_valid_ordered_offsets_when_the_text_is_anything(@ForAll("hostile") String text) {
        // when
        List<SentenceSpan> spans = splitter.split(text);

        // then
        assertValidSpans(text, spans);
    }

    @Property(tries = 1_000)
    void should_return_valid_offsets_covering_every_visible_character_when_the_text_is_normalised(
            @ForAll("hostile") String raw) {
        // given
        String text = normalizer.normalize(raw);

        // when
        List<SentenceSpan> spans = splitter.split(text);

        // then: nothing readable is lost between sentences
        assertValidSpans(text, spans);
        for (int i = 0; i < text.length(); i++) {
            if (!NewsSentenceSplitter.isSpace(text.charAt(i))) {
                int at = i;
                assertThat(spans)
                        .as("character %d (U+%04X) is inside a sentence", at, (int) text.charAt(at))
                        .anyMatch(span -> span.start() <= at && at < span.end());
            }
        }
        assertThat(spans.isEmpty()).isEqualTo(text.isBlank());
    }

    static void assertValidSpans(String text, List<SentenceSpan> spans) {
        int previousEnd = 0;
        for (int i = 0; i < spans.size(); i++) {
            SentenceSpan span = spans.get(i);
            assertThat(span.ordinal()).isEqualTo(i);
            assertThat(span.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(span.end()).isGreaterThan(span.start()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(span.start(), span.end())).isEqualTo(span.text());
            assertThat(NewsSentenceSplitter.isSpace(span.text().charAt(0)))
                    .as("trimmed start")
                    .isFalse();
            assertThat(NewsSentenceSplitter.isSpace(
                            span.text().charAt(span.text().length() - 1)))
                    .as("trimmed end")
                    .isFalse();
            assertThat(span.text().length()).isLessThanOrEqualTo(NewsSentenceSplitter.MAX_SENTENCE_CHARS);
            assertThat(splitsSurrogatePair(text, span.start()) || splitsSurrogatePair(text, span.end()))
                    .as("offsets %d..%d cut an emoji in half", span.start(), span.end())
                    .isFalse();
            previousEnd = span.end();
        }
    }

    private static boolean splitsSurrogatePair(String text, int offset) {
        return offset > 0
                && offset < text.length()
                && Character.isHighSurrogate(text.charAt(offset - 1))
                && Character.isLowSurrogate(text.charAt(offset));
    }
}
