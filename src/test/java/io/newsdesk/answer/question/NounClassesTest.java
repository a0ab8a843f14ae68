package io.newsdesk.answer.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NounClassesTest {

    private final NounClasses nouns = NounClasses.shared();

    @Test
    void should_type_eggs_as_food_lion_as_an_animal_and_white_as_a_colour() {
        // then
        assertThat(nouns.ofPhrase("eggs")).contains(NounClass.FOOD);
        assertThat(nouns.ofPhrase("lion")).contains(NounClass.ANIMAL);
        assertThat(nouns.ofPhrase("white")).contains(NounClass.COLOUR);
        assertThat(nouns.dominant("eggs")).isEqualTo(NounClass.FOOD);
        assertThat(nouns.dominant("lion")).isEqualTo(NounClass.ANIMAL);
        assertThat(nouns.dominant("white")).isEqualTo(NounClass.COLOUR);
    }

    @Test
    void should_take_the_most_often_seen_sense_when_wordnet_lists_a_rarer_one_first() {
        // given: WordNet lists "colour" first as a colouring material, a sense never seen in its corpus

        // then
        assertThat(nouns.dominant("colour")).isEqualTo(NounClass.COLOUR);
        assertThat(nouns.dominant("disease")).isEqualTo(NounClass.DISEASE);
        assertThat(nouns.dominant("typhoon")).isEqualTo(NounClass.PHENOMENON);
    }

    @Test
    void should_type_a_phrase_whole_when_wordnet_has_it_and_by_its_tail_when_not() {
        // then
        assertThat(nouns.ofPhrase("sesame seeds")).containsExactly(NounClass.FOOD);
        assertThat(nouns.ofPhrase("prostate cancer")).contains(NounClass.DISEASE);
        assertThat(nouns.ofPhrase("rusty shipping containers")).contains(NounClass.ARTIFACT);
        assertThat(nouns.ofPhrase("cicadas")).contains(NounClass.ANIMAL);
        assertThat(nouns.ofPhrase("flibbertigibbetry")).isEmpty();
    }

    @Test
    void should_type_a_name_by_its_proper_senses_only() {
        // then
        assertThat(nouns.ofName("Colorado")).contains(NounClass.LOCATION);
        assertThat(nouns.ofName("Apple")).isEmpty();
        assertThat(nouns.ofPhrase("apple")).contains(NounClass.FOOD);
    }

    @Test
    void should_know_a_compound_noun_in_any_inflection() {
        // then
        assertThat(nouns.isNoun("tote bags")).isTrue();
        assertThat(nouns.isNoun("football heritage")).isFalse();
        assertThat(nouns.size()).isGreaterThan(100_000);
    }
}
