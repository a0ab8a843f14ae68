package io.newsdesk.answer.reader;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.answer.question.AnswerType;
import io.newsdesk.answer.question.EnglishTagger;
import io.newsdesk.answer.question.TaggedSentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NameTyperTest {

    private final EnglishTagger tagger = EnglishTagger.shared();

    @ParameterizedTest
    @ValueSource(strings = {"Moldova", "Belarus", "Lesotho", "Sri Lanka", "Costa Rica", "Saudi Arabia"})
    void should_type_a_country_as_a_location(String country) {
        // given
        TaggedSentence sentence = tagger.tag(country + " banned the toys last week.");

        // when
        AnswerType type = NameTyper.type(sentence, 0, country.split(" ").length);

        // then
        assertThat(type).isEqualTo(AnswerType.LOCATION);
    }

    @Test
    void should_still_type_a_two_word_personal_name_as_a_person() {
        // given
        TaggedSentence sentence = tagger.tag("Deborah James raised millions for cancer research.");

        // when
        AnswerType type = NameTyper.type(sentence, 0, 2);

        // then
        assertThat(type).isEqualTo(AnswerType.PERSON);
    }
}
