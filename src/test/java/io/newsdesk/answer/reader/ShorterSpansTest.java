package io.newsdesk.answer.reader;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.answer.question.AnswerType;
import io.newsdesk.answer.question.EnglishTagger;
import io.newsdesk.answer.question.NounClasses;
import io.newsdesk.answer.question.QuestionAnalyzer;
import io.newsdesk.answer.question.QuestionCues;
import io.newsdesk.answer.question.TaggedSentence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShorterSpansTest {

    private final EnglishTagger tagger = EnglishTagger.shared();
    private final QuestionAnalyzer analyzer = new QuestionAnalyzer();
    private final ShorterSpans shorter = new ShorterSpans(NounClasses::shared);

    @Test
    void should_offer_the_noun_without_its_adjectives_and_the_question_words() {
        // given
        TaggedSentence sentence = tagger.tag("Researchers named a venomous snake after the actor.");
        List<String> spans = spans(sentence, "Which animal was named after the actor?");

        // then
        assertThat(spans).contains("venomous snake", "snake");
    }

    @Test
    void should_offer_the_noun_of_the_asked_class_inside_a_phrase_of_another() {
        // given
        TaggedSentence sentence = tagger.tag("Fans of the country's football clubs welcomed the bill.");
        List<String> spans = spans(sentence, "The bill governs which sport?");

        // then
        assertThat(spans).contains("football clubs", "football");
    }

    @Test
    void should_not_cut_a_phrase_wordnet_knows_whole() {
        // given
        TaggedSentence sentence = tagger.tag("Regulators added sesame seeds to the allergen list.");
        List<String> spans = spans(sentence, "Which seed did regulators add to the allergen list?");

        // then
        assertThat(spans).contains("sesame seeds").doesNotContain("sesame", "seeds");
    }

    private List<String> spans(TaggedSentence sentence, String question) {
        List<Mention> mentions = new ArrayList<>();
        NameMentionFinder.findNounPhrases(sentence, mentions, word -> false);
        shorter.find(sentence, QuestionCues.of(analyzer.analyze(question), tagger), mentions);
        return mentions.stream()
                .filter(m -> m.type() == AnswerType.DESCRIPTION)
                .map(Mention::text)
                .toList();
    }
}
