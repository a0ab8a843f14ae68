package io.newsdesk.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.tools.ErrorCauses.Cause;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorCausesTest {

    private static final List<String> GOLDS = List.of("sesame");
    private static final String RIGHT = "The FDA added sesame to the list of major food allergens.";
    private static final String OTHER = "The FDA has published a list of allergens.";

    @Test
    void should_be_right_when_the_answer_matches_a_gold_answer() {
        // given
        JsonNode answer = answer("Sesame.", OTHER);

        // then
        assertThat(ErrorCauses.of(answer, GOLDS)).isEqualTo(Cause.RIGHT);
    }

    @Test
    void should_blame_the_sentence_when_the_first_citation_holds_no_gold_answer() {
        // given
        JsonNode answer = answer("allergens", OTHER, RIGHT);

        // then
        assertThat(ErrorCauses.of(answer, GOLDS)).isEqualTo(Cause.WRONG_SENTENCE);
    }

    @Test
    void should_blame_the_span_when_the_right_sentence_gave_an_unrelated_answer() {
        // given
        JsonNode answer = answer("The FDA", RIGHT);

        // then
        assertThat(ErrorCauses.of(answer, GOLDS)).isEqualTo(Cause.WRONG_SPAN);
    }

    @Test
    void should_blame_the_boundary_when_the_answer_overlaps_the_gold_one() {
        // given
        JsonNode longer = answer("sesame to the list", RIGHT);
        JsonNode close = answer("added sesame", RIGHT);

        // then
        assertThat(ErrorCauses.of(longer, GOLDS)).isEqualTo(Cause.SPAN_BOUNDARY);
        assertThat(ErrorCauses.of(close, GOLDS)).isEqualTo(Cause.SPAN_BOUNDARY);
    }

    @Test
    void should_count_abstained_when_nothing_was_answered() {
        // given
        ObjectNode answer = answer("Nothing in the archive supports an answer to this question.", RIGHT);
        answer.put("status", "not_found");

        // then
        assertThat(ErrorCauses.of(answer, GOLDS)).isEqualTo(Cause.ABSTAINED);
    }

    @Test
    void should_print_every_cause_with_its_count_and_share() {
        // given
        List<Cause> causes = List.of(Cause.RIGHT, Cause.RIGHT, Cause.WRONG_SENTENCE, Cause.SPAN_BOUNDARY);

        // when
        String table = ErrorCauses.table(causes);

        // then
        assertThat(table)
                .contains("right                            2   50.0%")
                .contains("wrong sentence                   1   25.0%")
                .contains("right sentence, wrong span       0    0.0%")
                .contains("abstained                        0    0.0%");
    }

    private static ObjectNode answer(String text, String... citations) {
        ObjectNode answer =
                EvalData.JSON.createObjectNode().put("status", "answered").put("answer", text);
        for (String citation : citations) {
            answer.withArray("citations").addObject().put("text", citation);
        }
        return answer;
    }
}
