package io.newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.testing.HostileStrings;
import java.text.Normalizer;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** What the normaliser promises for any input, since stored text, hashes and offsets are built on it. */
class TextNormalizerPropertiesTest {

    private final TextNormalizer normalizer = new TextNormalizer();

    @Provide
    Arbitrary<String> hostile() {
        return HostileStrings.hostile();
    }

    @Property(tries = 1_000)
    void should_give_clean_nfc_text_when_the_input_is_anything(@ForAll("hostile") String raw) {
        // when
        String text = normalizer.normalize(raw);

        // then
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).as("NFC").isTrue();
        assertThat(text).isEqualTo(text.strip());
        assertThat(text).doesNotContain("\r", "\n\n\n", " \n", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF");
        text.chars()
                .forEach(c -> assertThat(c == '\n' || Character.getType(c) != Character.CONTROL)
                        .as("U+%04X is a control character", c)
                        .isTrue());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c)
                    ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                    : !Character.isLowSurrogate(c) || i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
            assertThat(paired).as("lone surrogate U+%04X at %d", (int) c, i).isTrue();
        }
    }

    @Property(tries = 1_000)
    void should_change_nothing_when_the_text_is_already_normalised(@ForAll("hostile") String raw) {
        // given
        String once = normalizer.normalize(raw);

        // when
        String twice = normalizer.normalize(once);

        // then: the content hash of a stored article does not depend on who normalised it first
        assertThat(twice).isEqualTo(once);
    }
}
