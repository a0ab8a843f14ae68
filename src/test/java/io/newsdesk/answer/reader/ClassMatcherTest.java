package io.newsdesk.answer.reader;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.answer.question.AnswerType;
import io.newsdesk.answer.question.EnglishTagger;
import io.newsdesk.answer.question.NounClass;
import io.newsdesk.answer.question.NounClasses;
import io.newsdesk.answer.question.TaggedSentence;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClassMatcherTest {

    private final ClassMatcher matcher = new ClassMatcher(NounClasses::shared);
    private final TaggedSentence sentence =
            EnglishTagger.shared().tag("The FDA said eggs and white bread were sold in Colorado.");

    @Test
    void should_match_a_noun_phrase_of_the_asked_class_and_mismatch_an_organisation() {
        // given
        Mention eggs = Mention.of(sentence, 3, 4, AnswerType.DESCRIPTION);
        Mention fda = Mention.of(sentence, 1, 2, AnswerType.ORGANIZATION);

        // when
        double[] eggsFeatures = features(Set.of(NounClass.FOOD), eggs);
        double[] fdaFeatures = features(Set.of(NounClass.FOOD), fda);

        // then
        assertThat(eggs.text()).isEqualTo("eggs");
        assertThat(eggsFeatures[CandidateFeatures.CLASS_MATCH]).isEqualTo(1.0);
        assertThat(eggsFeatures[CandidateFeatures.CLASS_MISMATCH]).isZero();
        assertThat(fdaFeatures[CandidateFeatures.CLASS_MATCH]).isZero();
        assertThat(fdaFeatures[CandidateFeatures.CLASS_MISMATCH]).isEqualTo(1.0);
    }

    @Test
    void should_type_a_name_by_wordnet_and_leave_the_features_alone_when_the_question_names_no_class() {
        // given
        Mention colorado = Mention.of(sentence, 10, 11, AnswerType.NAME);

        // when
        double[] open = features(Set.of(), colorado);

        // then
        assertThat(matcher.classes(colorado)).contains(NounClass.LOCATION);
        assertThat(open[CandidateFeatures.CLASS_MATCH]).isZero();
        assertThat(open[CandidateFeatures.CLASS_MISMATCH]).isZero();
    }

    private double[] features(Set<NounClass> expected, Mention mention) {
        double[] features = new double[CandidateFeatures.NAMES.size()];
        matcher.addTo(features, expected, mention);
        return features;
    }
}
