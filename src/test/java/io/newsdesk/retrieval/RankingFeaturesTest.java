package io.newsdesk.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsdesk.retrieval.RankingFeatures.QuestionTerms;
import io.newsdesk.retrieval.RankingFeatures.SearchRanks;
import io.newsdesk.store.SentenceInContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RankingFeaturesTest {

    private static final int QUESTION = RankingFeatures.NAMES.indexOf("question");
    private static final int FRAGMENT = RankingFeatures.NAMES.indexOf("fragment");
    private static final int HEAD_NOUN = RankingFeatures.NAMES.indexOf("head_noun");
    private static final int NOVEL_SHAPE = RankingFeatures.NAMES.indexOf("novel_shape");
    private static final int YEAR = RankingFeatures.NAMES.indexOf("year");
    private static final LocalDate PUBLISHED = LocalDate.of(2023, 1, 1);

    @Test
    void quizQuestionsAndOptionsAreMarkedSoTheRankerCanPushThemDown() {
        List<double[]> features = features(query("Which platform went down?", null, AnswerShape.NAME),
                sentence("Thousands of users were unable to access which social media platform this week?"),
                sentence("A. Facebook"),
                sentence("He asked: “Who will pay for it?”"),
                sentence("Users around the world struggled to access Twitter on Wednesday."));

        assertEquals(List.of(1.0, 0.0, 1.0, 0.0), column(features, QUESTION));
        assertEquals(List.of(0.0, 1.0, 0.0, 0.0), column(features, FRAGMENT));
    }

    @Test
    void theQuestionsHeadNounCountsInTheSentenceAndHalfBeforeItOrInTheTitle() {
        List<double[]> features = features(query("Which band announced a reunion tour?", "band", AnswerShape.NAME),
                sentence("The bands will play twelve cities."),
                new Fixture("Tickets go on sale on Friday.", "The band is back.", "Tour news", PUBLISHED),
                new Fixture("Tickets go on sale on Friday.", "", "Blink-182 band reunites", PUBLISHED),
                sentence("Tickets go on sale on Friday."));

        assertEquals(List.of(1.0, 0.5, 0.5, 0.0), column(features, HEAD_NOUN));
    }

    @Test
    void aSentenceRestatingOnlyTheQuestionsOwnNamesHasNoNovelAnswer() {
        List<double[]> names = features(query("Which Italian football team visited the Oval Office?", "team",
                AnswerShape.NAME),
                sentence("The team was received in the Oval Office."),
                sentence("The Juventus players stood in the Oval Office."));
        List<double[]> numbers = features(query("How many people attended the 2023 final?", null, AnswerShape.NUMBER),
                sentence("The 2023 final was held in Paris."),
                sentence("About 80,000 people attended."));

        assertEquals(List.of(0.0, 1.0), column(names, NOVEL_SHAPE));
        assertEquals(List.of(0.0, 1.0), column(numbers, NOVEL_SHAPE));
    }

    @Test
    void aYearTheQuestionNamesMatchesTheSentenceTitleOrPublicationYearAndAnotherYearCountsAgainst() {
        List<double[]> features = features(query("Which team won the 2022 Stanley Cup?", "team", AnswerShape.NAME),
                sentence("Colorado won the 2022 Stanley Cup."),
                new Fixture("Colorado won the Cup.", "", "Stanley Cup final", LocalDate.of(2022, 6, 27)),
                sentence("Florida won the Stanley Cup in 2025."),
                sentence("Florida won the Stanley Cup."));
        List<double[]> noYear = features(query("Which team won the Stanley Cup?", "team", AnswerShape.NAME),
                sentence("Florida won the Stanley Cup in 2025."));

        assertEquals(List.of(1.0, 1.0, -1.0, 0.0), column(features, YEAR));
        assertEquals(List.of(0.0), column(noYear, YEAR));
    }

    /** One sentence with what surrounds it: the sentence before, the article's title and publication date. */
    private record Fixture(String text, String previous, String title, LocalDate published) {
    }

    private static Fixture sentence(String text) {
        return new Fixture(text, "", "Title", PUBLISHED);
    }

    private static RetrievalQuery query(String question, String headNoun, AnswerShape shape) {
        return new RetrievalQuery(question, List.of("access", "platform"), headNoun, shape, null, 5);
    }

    private static List<double[]> features(RetrievalQuery query, Fixture... fixtures) {
        List<SentenceInContext> sentences = new ArrayList<>();
        Map<Long, SearchRanks> ranks = new HashMap<>();
        UUID article = UUID.randomUUID();
        for (int i = 0; i < fixtures.length; i++) {
            Fixture f = fixtures[i];
            sentences.add(new SentenceInContext(i, article, i, 0, f.text().length(), f.text(), f.title(),
                    "example.com", null, f.published(), "", f.previous(), "", 0.5, 0.5));
            ranks.put((long) i, new SearchRanks(i, -1, -1));
        }
        return RankingFeatures.of(sentences, ranks, QuestionTerms.of(query));
    }

    private static List<Double> column(List<double[]> features, int index) {
        return features.stream().map(f -> f[index]).toList();
    }
}
