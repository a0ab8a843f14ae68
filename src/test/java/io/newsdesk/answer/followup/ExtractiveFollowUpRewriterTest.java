package io.newsdesk.answer.followup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExtractiveFollowUpRewriterTest {

    private static final PreviousTurn VETO =
            new PreviousTurn("Who vetoed the UN resolution?", "Russian Federation", null);
    private static final PreviousTurn NATO =
            new PreviousTurn("Who is the Secretary General of NATO?", "Jens Stoltenberg", null);

    private final ExtractiveFollowUpRewriter rewriter = new ExtractiveFollowUpRewriter();

    @Test
    void should_ask_about_the_previous_event_when_the_follow_up_asks_when_that_happened() {
        assertThat(rewriter.rewrite("When did that happen?", VETO))
                .isEqualTo("When did Russian Federation veto the UN resolution?");
        assertThat(rewriter.rewrite("where did it happen", VETO))
                .isEqualTo("Where did Russian Federation veto the UN resolution?");
    }

    @Test
    void should_spell_out_an_acronym_the_previous_evidence_spells_out() {
        PreviousTurn withEvidence = new PreviousTurn(
                VETO.question(),
                VETO.answer(),
                "Russian Federation is Syria's ally, and on Wednesday, the country vetoed a United Nations resolution.");
        assertThat(rewriter.rewrite("When did that happen?", withEvidence))
                .isEqualTo("When did Russian Federation veto the United Nations resolution?");
    }

    @Test
    void should_replace_personal_pronouns_with_the_person_answered() {
        assertThat(rewriter.rewrite("Who is he?", NATO)).isEqualTo("Who is Jens Stoltenberg?");
        assertThat(rewriter.rewrite("What did his office say?", NATO))
                .isEqualTo("What did Jens Stoltenberg's office say?");
        assertThat(rewriter.rewrite("Where did she meet him?", NATO))
                .isEqualTo("Where did Jens Stoltenberg meet Jens Stoltenberg?");
    }

    @Test
    void should_carry_the_previous_fact_when_the_follow_up_is_elliptical() {
        assertThat(rewriter.rewrite("Why?", VETO)).isEqualTo("Russian Federation vetoed the UN resolution. Why?");
        assertThat(rewriter.rewrite("And the missiles?", VETO))
                .isEqualTo("Russian Federation vetoed the UN resolution. And the missiles?");
    }

    @Test
    void should_carry_the_question_and_answer_when_the_previous_question_did_not_ask_for_a_subject() {
        PreviousTurn when = new PreviousTurn("When did the U.S. launch the missiles?", "April 6", null);
        assertThat(rewriter.rewrite("Where did that happen?", when))
                .isEqualTo("When did the U.S. launch the missiles. April 6. Where did that happen?");
    }

    @Test
    void should_carry_only_the_previous_question_when_the_previous_answer_is_punctuation() {
        PreviousTurn bare = new PreviousTurn("Who vetoed the UN resolution?", "?", null);
        assertThat(rewriter.rewrite("Who is he?", bare)).isEqualTo("Who vetoed the UN resolution. Who is he?");
    }

    @Test
    void should_leave_a_question_that_stands_alone_untouched() {
        assertThat(rewriter.rewrite("How many Tomahawk missiles did the US launch at Syria?", VETO))
                .isEqualTo("How many Tomahawk missiles did the US launch at Syria?");
        assertThat(rewriter.rewrite("Who is he?", null)).isEqualTo("Who is he?");
    }

    @ParameterizedTest
    @CsvSource({
        "vetoed,veto",
        "launched,launch",
        "declared,declare",
        "accused,accuse",
        "used,use",
        "stopped,stop",
        "carried,carry",
        "won,win",
        "passed,pass",
        "killed,kill",
        "announced,announce"
    })
    void should_find_the_base_form_of_past_tense_verbs(String past, String base) {
        assertThat(ExtractiveFollowUpRewriter.baseForm(past)).isEqualTo(base);
    }
}
