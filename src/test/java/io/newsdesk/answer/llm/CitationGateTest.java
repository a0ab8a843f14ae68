package io.newsdesk.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CitationGateTest {

    private static final Map<Integer, String> SOURCES = Map.of(
            1, "The U.S. launched 59 Tomahawk cruise missiles at Syria's Shayrat airbase on April 6.",
            2, "Mr. Lavrov ruled out withdrawing his support for Syrian leader Assad.");

    private final List<String> tokens = new ArrayList<>();
    private final CitationGate gate = new CitationGate(new CitationVerifier(SOURCES, 0.5), tokens::add);

    @Test
    void should_not_split_sentences_at_initials_or_titles() {
        // when
        List<CitationVerifier.Verified> kept = gate.verifyAll(
                "The U.S. launched 59 missiles at Shayrat on April 6 [1]. Mr. Lavrov ruled out withdrawing support [2].");

        // then
        assertThat(kept)
                .extracting(CitationVerifier.Verified::text)
                .containsExactly(
                        "The U.S. launched 59 missiles at Shayrat on April 6 [1].",
                        "Mr. Lavrov ruled out withdrawing support [2].");
    }

    @Test
    void should_keep_markers_written_after_the_full_stop_with_their_sentence() {
        // when
        gate.accept("The U.S. launched 59 missiles. [");
        gate.accept("1] Lavrov ruled out withdrawing support. [2]");
        gate.finish();

        // then
        assertThat(tokens)
                .containsExactly("The U.S. launched 59 missiles. [1]", " Lavrov ruled out withdrawing support. [2]");
    }

    @Test
    void should_drop_a_cited_sentence_whose_words_are_not_in_its_source() {
        // when
        List<CitationVerifier.Verified> kept = gate.verifyAll("Bananas grow on trees in Ecuador [1].");

        // then
        assertThat(kept).isEmpty();
        assertThat(tokens).isEmpty();
    }

    @Test
    void should_wait_for_a_sentence_to_end_before_passing_it_on() {
        // when
        gate.accept("The U.S. launched 59 missiles at Shay");

        // then
        assertThat(tokens).isEmpty();
    }
}
