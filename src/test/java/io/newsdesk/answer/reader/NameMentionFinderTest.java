package io.newsdesk.answer.reader;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.answer.question.EnglishTagger;
import io.newsdesk.answer.question.NounClasses;
import io.newsdesk.answer.question.TaggedSentence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameMentionFinderTest {

    private final EnglishTagger tagger = EnglishTagger.shared();

    @Test
    void should_take_a_lone_adjective_for_a_noun_phrase_when_it_is_a_noun_after_all() {
        // given: the tagger calls "white" and "sesame" adjectives here
        TaggedSentence colour = tagger.tag("The council painted the old door white.");
        TaggedSentence seed = tagger.tag("The FDA added sesame to the list of major food allergens.");
        List<Mention> colourMentions = new ArrayList<>();
        List<Mention> seedMentions = new ArrayList<>();

        // when
        NameMentionFinder.findNounPhrases(
                colour, colourMentions, word -> NounClasses.shared().isNoun(word));
        NameMentionFinder.findNounPhrases(
                seed, seedMentions, word -> NounClasses.shared().isNoun(word));

        // then
        assertThat(colourMentions).extracting(Mention::text).contains("old door", "white");
        assertThat(seedMentions).extracting(Mention::text).contains("sesame");
    }

    @Test
    void should_keep_a_middle_initial_inside_the_name() {
        // given
        TaggedSentence sentence = tagger.tag("Robert F. Kennedy Jr. said he would run as an independent.");

        // when
        List<String> names = names(sentence);

        // then
        assertThat(names).contains("Robert F. Kennedy Jr.");
    }

    @Test
    void should_keep_a_surname_the_tagger_mistakes_for_another_word_class() {
        // given: the UD tagger tags "Attenborough" here as a preposition
        TaggedSentence sentence = tagger.tag("The show was presented by David Attenborough last year.");

        // when
        List<String> names = names(sentence);

        // then
        assertThat(names).contains("David Attenborough");
    }

    @Test
    void should_not_run_a_name_into_a_capitalised_function_word() {
        // given: a headline-style capital after the name
        TaggedSentence sentence = tagger.tag("In her column, Anna Berg Says the plan will fail.");

        // when
        List<String> names = names(sentence);

        // then
        assertThat(names).contains("Anna Berg").noneMatch(name -> name.contains("Says"));
    }

    private static List<String> names(TaggedSentence sentence) {
        List<Mention> mentions = new ArrayList<>();
        NameMentionFinder.findNames(sentence, mentions);
        return mentions.stream().map(Mention::text).toList();
    }
}
