package io.newsdesk.answer.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuestionAnalyzerTest {

    private final QuestionAnalyzer analyzer = new QuestionAnalyzer();

    @Test
    void should_expect_person_when_question_starts_with_who() {
        // given
        String question = "Who is the Secretary General of NATO?";

        // when
        QuestionAnalysis analysis = analyzer.analyze(question);

        // then
        assertThat(analysis.expectedType()).isEqualTo(AnswerType.PERSON);
        assertThat(analysis.focusTerms())
                .contains("secretary", "general", "nato")
                .doesNotContain("who");
    }

    @Test
    void should_take_the_lone_word_before_an_auxiliary_as_head_noun_when_the_tagger_calls_it_a_verb() {
        // when
        QuestionAnalysis seed = analyzer.analyze("Which seed did the FDA add to its list of major food allergens?");
        QuestionAnalysis happened = analyzer.analyze("What happened in Paris?");

        // then
        assertThat(seed.headNoun()).isEqualTo("seed");
        assertThat(happened.headNoun()).isNull();
    }

    @Test
    void should_expect_person_when_question_asks_whose() {
        // when
        QuestionAnalysis analysis = analyzer.analyze("Whose painting was sold for a record price?");

        // then
        assertThat(analysis.expectedType()).isEqualTo(AnswerType.PERSON);
    }

    @Test
    void should_expect_date_when_question_starts_with_when() {
        // when
        QuestionAnalysis analysis = analyzer.analyze("When did the U.S. launch the missiles at Shayrat airbase?");

        // then
        assertThat(analysis.expectedType()).isEqualTo(AnswerType.DATE);
        assertThat(analysis.focusTerms()).contains("launch", "missiles", "shayrat", "airbase");
    }

    @Test
    void should_expect_date_when_question_asks_what_year() {
        // when
        QuestionAnalysis analysis = analyzer.analyze("In what year did the bridge open to traffic?");

        // then
        assertThat(analysis.expectedType()).isEqualTo(AnswerType.DATE);
        assertThat(analysis.headNoun()).isEqualTo("year");
    }

    @Test
    void should_expect_location_when_question_starts_with_where() {
        // when
        QuestionAnalysis analysis = analyzer.analyze("Where did the mayor announce the new tram line?");

        // then
        assertThat(analysis.expectedType()).isEqualTo(AnswerType.LOCATION);
    }

    @Test
    void should_expect_location_when_head_noun_is_city() {
        // when
        QuestionAnalysis analysis = analyzer.analyze("Which city will host the next summit on river pollution?");

        // then
        assertThat(analysis.expectedType()).isEqualTo(AnswerType.LOCATION);
        assertThat(analysis.headNoun()).isEqualTo("city");
        assertThat(analysis.focusTerms())
                .contains("host", "summit", "river", "pollution")
                .doesNotContain("city");
    }

    @Test
    void should_expect_number_when_question_asks_how_many() {
        // when
        QuestionAnalysis analysis = analyzer.analyze("How many Tomahawk cruise missiles did the US launch at Syria?");

        // then
        assertThat(analysis.expectedType()).isEqualTo(AnswerType.NUMBER);
        assertThat(analysis.headNoun()).isEqualTo("missiles");
        assertThat(analysis.focusTerms()).contains("tomahawk", "cruise", "syria", "launch");
    }

    @Test
    void should_expect_money_when_question_asks_how_much() {
        // when
        QuestionAnalysis analysis = analyzer.analyze("How much did the council pay for the new library?");

        // then
        assertThat(analysis.expectedType()).isEqualTo(AnswerType.MONEY);
    }

    @Test
    void should_expect_percent_when_question_asks_what_percentage() {
        // when
        QuestionAnalysis analysis = analyzer.analyze("What percentage of voters backed the proposal?");

        // then
        assertThat(analysis.expectedType()).isEqualTo(AnswerType.PERCENT);
    }

    @Test
    void should_expect_duration_when_question_asks_how_long() {
        // when
        QuestionAnalysis analysis = analyzer.analyze("How long will the factory stay closed?");

        // then
        assertThat(analysis.expectedType()).isEqualTo(AnswerType.DURATION);
    }

    @Test
    void should_expect_organization_when_head_noun_is_company_after_modifiers() {
        // when
        QuestionAnalysis analysis = analyzer.analyze("Which car company is pausing production at its Ohio plant?");

        // then
        assertThat(analysis.expectedType()).isEqualTo(AnswerType.ORGANIZATION);
        assertThat(analysis.headNoun()).isEqualTo("company");
    }

    @Test
    void should_expect_name_when_head_noun_is_app() {
        // when
        QuestionAnalysis analysis = analyzer.analyze("Lawmakers voted on a bill that could ban which app?");

        // then
        assertThat(analysis.expectedType()).isEqualTo(AnswerType.NAME);
        assertThat(analysis.headNoun()).isEqualTo("app");
    }

    @Test
    void should_expect_person_when_head_noun_is_actor() {
        // when
        QuestionAnalysis analysis = analyzer.analyze("Which actor won the award for best supporting role?");

        // then
        assertThat(analysis.expectedType()).isEqualTo(AnswerType.PERSON);
    }

    @Test
    void should_use_last_question_sentence_when_question_has_a_preamble() {
        // given
        String question = "Voters in five states went to the polls on Tuesday, when turnout was high. "
                + "Which state that voted had the most delegates?";

        // when
        QuestionAnalysis analysis = analyzer.analyze(question);

        // then
        assertThat(analysis.expectedType()).isEqualTo(AnswerType.LOCATION);
        assertThat(analysis.headNoun()).isEqualTo("state");
        assertThat(analysis.focusTerms()).contains("voters", "polls", "delegates", "voted");
    }

    @Test
    void should_prefer_which_over_relative_when_in_the_same_sentence() {
        // when
        QuestionAnalysis analysis = analyzer.analyze(
                "A village got a surprise when two members of which bird species landed on the green?");

        // then
        assertThat(analysis.headNoun()).isEqualTo("species");
        assertThat(analysis.expectedType()).isEqualTo(AnswerType.DESCRIPTION);
    }

    @Test
    void should_expect_description_when_head_noun_is_unknown() {
        // when
        QuestionAnalysis analysis = analyzer.analyze("What practice are brands promoting with their new logos?");

        // then
        assertThat(analysis.expectedType()).isEqualTo(AnswerType.DESCRIPTION);
        assertThat(analysis.headNoun()).isEqualTo("practice");
    }

    @Test
    void should_take_the_head_noun_before_a_possessive_when_wh_phrase_has_one() {
        // when
        QuestionAnalysis analysis = analyzer.analyze("Which convicted murderer's sentence was overturned?");

        // then
        assertThat(analysis.headNoun()).isEqualTo("murderer");
        assertThat(analysis.expectedType()).isEqualTo(AnswerType.PERSON);
    }

    @Test
    void should_drop_stop_words_and_lowercase_when_collecting_focus_terms() {
        // when
        QuestionAnalysis analysis = analyzer.analyze("Who vetoed the UN resolution?");

        // then
        assertThat(analysis.focusTerms()).containsExactly("vetoed", "un", "resolution");
    }

    @Test
    void should_expect_the_wordnet_class_of_the_head_noun_when_question_asks_which_or_what_thing() {
        // when
        QuestionAnalysis animal = analyzer.analyze("Which animal escaped from the zoo this week?");
        QuestionAnalysis food = analyzer.analyze("What food did the astronauts grow on the space station?");
        QuestionAnalysis colour = analyzer.analyze("What colour is the new Pantone shade of the year?");
        QuestionAnalysis event = analyzer.analyze("The ceremony was cancelled. Which event was postponed instead?");
        QuestionAnalysis disease = analyzer.analyze("Health officials warned of which disease in London's sewage?");

        // then
        assertThat(animal.expectedClasses()).containsExactly(NounClass.ANIMAL);
        assertThat(food.expectedClasses()).containsExactly(NounClass.FOOD);
        assertThat(colour.expectedClasses()).containsExactly(NounClass.COLOUR);
        assertThat(event.expectedClasses()).containsExactly(NounClass.EVENT);
        assertThat(disease.expectedClasses()).containsExactly(NounClass.DISEASE);
    }

    @Test
    void should_expect_the_class_of_the_classified_noun_when_the_head_is_a_classifier() {
        // when
        QuestionAnalysis species = analyzer.analyze("Two members of which animal species visited the care home?");
        QuestionAnalysis name = analyzer.analyze("What is the name of the volcano that erupted in Indonesia?");

        // then
        assertThat(species.headNoun()).isEqualTo("species");
        assertThat(species.expectedClasses()).containsExactly(NounClass.ANIMAL);
        assertThat(name.expectedClasses()).containsExactly(NounClass.LOCATION);
    }

    @Test
    void should_expect_a_cause_and_not_a_place_when_question_asks_what_caused() {
        // when
        QuestionAnalysis caused = analyzer.analyze("What caused the blackout across Spain and Portugal?");

        // then
        assertThat(caused.expectedClasses())
                .contains(NounClass.EVENT, NounClass.PHENOMENON)
                .doesNotContain(NounClass.LOCATION, NounClass.PERSON, NounClass.TIME);
    }

    @Test
    void should_leave_the_class_to_the_answer_type_when_the_head_noun_lexicon_types_the_question() {
        // when
        QuestionAnalysis product = analyzer.analyze("Which company's product was recalled this week?");
        QuestionAnalysis who = analyzer.analyze("Who won the Nobel Peace Prize?");

        // then
        assertThat(product.headNoun()).isEqualTo("company");
        assertThat(product.expectedType()).isEqualTo(AnswerType.ORGANIZATION);
        assertThat(product.expectedClasses()).isEmpty();
        assertThat(who.expectedClasses()).isEmpty();
    }
}
