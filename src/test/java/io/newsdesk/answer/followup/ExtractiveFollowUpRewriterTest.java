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
    void should_ask_about_the_event_of_a_previous_question_that_named_its_doer() {
        PreviousTurn when = new PreviousTurn("When did the U.S. launch the missiles?", "April 6", null);
        assertThat(rewriter.rewrite("Where did that happen?", when))
                .isEqualTo("Where did the U.S. launch the missiles?");
    }

    @Test
    void should_carry_the_question_and_answer_when_the_previous_question_named_no_doer() {
        PreviousTurn when = new PreviousTurn("When were the missiles launched?", "April 6", null);
        assertThat(rewriter.rewrite("Where did that happen?", when))
                .isEqualTo("When were the missiles launched. April 6. Where did that happen?");
    }

    @Test
    void should_carry_only_the_previous_question_when_the_previous_answer_is_punctuation() {
        PreviousTurn bare = new PreviousTurn("Who vetoed the UN resolution?", "?", null);
        assertThat(rewriter.rewrite("Who is he?", bare)).isEqualTo("Who vetoed the UN resolution. Who is he?");
    }

    @Test
    void should_ask_why_the_doer_did_it_when_the_previous_answer_was_a_time() {
        // the case: "they" is Russian Federation, not "on Wednesday"; "do it" is the veto
        PreviousTurn when = new PreviousTurn(
                "When did Russian Federation veto the United Nations resolution?", "on Wednesday", null);
        assertThat(rewriter.rewrite("Why did they do it?", when))
                .isEqualTo("Why did Russian Federation veto the United Nations resolution?");
        assertThat(rewriter.rewrite("Why did they do it?", VETO))
                .isEqualTo("Why did Russian Federation veto the UN resolution?");
    }

    @Test
    void should_resolve_a_pronoun_to_a_name_of_the_previous_question_when_the_answer_is_no_doer() {
        PreviousTurn about = new PreviousTurn("What did Jens Stoltenberg discuss at the White House?", "Syria", null);
        assertThat(rewriter.rewrite("Where did he travel next?", about))
                .isEqualTo("Where did Jens Stoltenberg travel next?");
    }

    @Test
    void should_take_the_doer_the_previous_question_named_before_its_answer() {
        PreviousTurn defeated = new PreviousTurn("Whom did Maria Lopez defeat in the final?", "Anna Berg", null);
        assertThat(rewriter.rewrite("How old is she?", defeated)).isEqualTo("How old is Maria Lopez?");
        PreviousTurn hired =
                new PreviousTurn("Who did the Los Angeles Angels hire as manager?", "Ron Washington", null);
        assertThat(rewriter.rewrite("How old is he?", hired)).isEqualTo("How old is Ron Washington?");
        assertThat(rewriter.rewrite("How many games have they lost?", hired))
                .isEqualTo("How many games have Los Angeles Angels lost?");
    }

    @Test
    void should_not_give_he_to_someone_the_previous_question_calls_she() {
        PreviousTurn award = new PreviousTurn(
                "How much did the jury award Judy Smith in her case against Tom Brown?", "$5,000", null);
        assertThat(rewriter.rewrite("When was he arrested?", award)).isEqualTo("When was Tom Brown arrested?");
    }

    @Test
    void should_give_they_to_an_organisation_and_it_to_the_thing_answered() {
        PreviousTurn sued = new PreviousTurn("Which company did Ana Ruiz sue in May?", "Dalton & Finch Inc.", null);
        assertThat(rewriter.rewrite("What do they make?", sued)).isEqualTo("What do Dalton & Finch Inc make?");
        PreviousTurn banned = new PreviousTurn("Which app did the Senate ban?", "TikTok", null);
        assertThat(rewriter.rewrite("Who owns it?", banned)).isEqualTo("Who owns TikTok?");
    }

    @Test
    void should_put_what_was_asked_for_back_where_the_previous_question_left_it() {
        PreviousTurn commuted =
                new PreviousTurn("How many death sentences did Governor Kate Brown commute in December?", "17", null);
        assertThat(rewriter.rewrite("Why did she do it?", commuted))
                .isEqualTo("Why did Governor Kate Brown commute death sentences in December?");
        PreviousTurn banned = new PreviousTurn("Which app did the US Senate vote to ban in December?", "TikTok", null);
        assertThat(rewriter.rewrite("When did that happen?", banned))
                .isEqualTo("When did the US Senate vote to ban TikTok in December?");
    }

    @Test
    void should_ask_for_the_year_before_and_for_the_one_before_the_doer() {
        PreviousTurn named = new PreviousTurn("Who was named player of the year for 2023?", "Anna Berg", null);
        assertThat(rewriter.rewrite("And the year before?", named))
                .isEqualTo("Who was named player of the year for 2022?");
        PreviousTurn elected = new PreviousTurn("When was Benedict XVI elected pope?", "April 2005", null);
        assertThat(rewriter.rewrite("Who was pope before that?", elected))
                .isEqualTo("Who was pope before Benedict XVI?");
        // of either gender
        PreviousTurn leader = new PreviousTurn("When was Anna Berg elected to lead her party?", "2019", null);
        assertThat(rewriter.rewrite("Who led the party before that?", leader))
                .isEqualTo("Who led the party before Anna Berg?");
    }

    @Test
    void should_ask_the_previous_question_about_what_the_follow_up_names_instead() {
        PreviousTurn delegates = new PreviousTurn("How many delegates did Michigan award?", "125", null);
        assertThat(rewriter.rewrite("What about Ohio?", delegates)).isEqualTo("How many delegates did Ohio award?");
        assertThat(rewriter.rewrite("And what about in Ohio?", delegates))
                .isEqualTo("How many delegates did Ohio award?");
        PreviousTurn votes = new PreviousTurn("How many votes did Anna Berg get in the IOC election?", "49", null);
        assertThat(rewriter.rewrite("What about Tom Brown?", votes))
                .isEqualTo("How many votes did Tom Brown get in the IOC election?");
    }

    @Test
    void should_ask_for_the_one_before_the_previous_answer() {
        PreviousTurn champion = new PreviousTurn("Who won the national chess championship?", "Amara Okafor", null);
        assertThat(rewriter.rewrite("And before that?", champion))
                .isEqualTo("Who won the national chess championship before Amara Okafor?");
    }

    @Test
    void should_leave_a_question_that_stands_alone_untouched() {
        assertThat(rewriter.rewrite("Which country won the most medals this week?", VETO))
                .isEqualTo("Which country won the most medals this week?");
        assertThat(rewriter.rewrite("What did Joe Biden say about his tax plan?", VETO))
                .isEqualTo("What did Joe Biden say about his tax plan?");
        assertThat(rewriter.rewrite("How much did it cost to repair the Kingsport harbour bridge?", VETO))
                .isEqualTo("How much did it cost to repair the Kingsport harbour bridge?");
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
