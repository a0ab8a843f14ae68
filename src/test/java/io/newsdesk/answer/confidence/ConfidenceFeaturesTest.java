package io.newsdesk.answer.confidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.newsdesk.answer.Evidence;
import io.newsdesk.answer.Question;
import io.newsdesk.answer.question.AnswerType;
import io.newsdesk.answer.question.QuestionAnalysis;
import io.newsdesk.answer.reader.AnswerCandidate;
import io.newsdesk.retrieval.RankedSentence;
import io.newsdesk.retrieval.Recency;
import io.newsdesk.store.SentenceInContext;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConfidenceFeaturesTest {

    private static final UUID FINAL = UUID.randomUUID();
    private static final UUID PREVIEW = UUID.randomUUID();
    private static final List<String> FOCUS = List.of("won", "stanley", "cup", "2022");

    private final List<RankedSentence> ranked = List.of(
            sentence(FINAL, 1, "The Colorado Avalanche won the Stanley Cup on Sunday.", "Avalanche end a long wait"),
            sentence(
                    PREVIEW,
                    4,
                    "The Tampa Bay Lightning face the Colorado Avalanche in the 2022 final.",
                    "Final preview"),
            sentence(FINAL, 7, "It was the first title since 2001 for the Avalanche.", "Avalanche end a long wait"),
            sentence(FINAL, 9, "The 2022 parade is on Thursday.", "Avalanche end a long wait"));

    @Test
    void should_count_the_sentences_holding_the_answer_as_a_whole_word_when_weighing_support() {
        // given: "Avalanche" also stands inside "Avalanches" and is missing from the last sentence

        // when
        int support = ConfidenceFeatures.answerSupport("Colorado Avalanche", ranked);
        int shortSupport = ConfidenceFeatures.answerSupport(
                "avalanche", List.of(ranked.get(2), sentence(PREVIEW, 2, "Avalanches closed the pass.", "Weather")));

        // then
        assertThat(support).isEqualTo(2);
        assertThat(shortSupport).isEqualTo(1);
    }

    @Test
    void should_cover_the_question_with_the_top_article_only_when_measuring_article_coverage() {
        // given: "won", "stanley", "cup" are in the top sentence, "2022" only in a later one of the same
        // article; the other article's sentence holds "2022" too but does not count

        // when
        double whole = ConfidenceFeatures.articleCoverage(FOCUS, ranked);
        double withoutLater = ConfidenceFeatures.articleCoverage(FOCUS, ranked.subList(0, 3));

        // then
        assertThat(whole).isCloseTo(1.0, within(1e-9));
        assertThat(withoutLater).isCloseTo(0.75, within(1e-9));
    }

    @Test
    void should_weigh_the_further_sentences_too_when_evidence_has_more_than_those_read() {
        // given: two sentences read, two more retrieved
        String text = "Which team won the 2022 Stanley Cup?";
        QuestionAnalysis question = new QuestionAnalysis(text, AnswerType.ORGANIZATION, "team", FOCUS);
        Evidence evidence = new Evidence(
                new Question(text, null, 0, null),
                question,
                ranked.subList(0, 2),
                ranked.subList(2, 4),
                List.of(),
                null);
        List<AnswerCandidate> candidates =
                List.of(new AnswerCandidate("Colorado Avalanche", 0, 4, 22, 9.0, AnswerType.ORGANIZATION));

        // when
        ConfidenceFeatures features = ConfidenceFeatures.of(question, evidence.weighed(), candidates);

        // then
        assertThat(features.answerSupport()).isEqualTo(2.0);
        assertThat(features.articleCoverage()).isCloseTo(1.0, within(1e-9));
        assertThat(features.values()).hasSize(ConfidenceFeatures.NAMES.size());
    }

    @Test
    void should_weigh_how_the_top_sentence_was_found_and_how_close_its_article_comes() {
        // given: the top sentence was third in the full-text search and its article's best sentence has
        // similarity 0.62 (ranking features text_rank and article_similarity, at 4 and 9 in RankingFeatures.NAMES)
        double[] ranking = new double[19];
        ranking[4] = 0.75;
        ranking[9] = 0.62;
        RankedSentence top = new RankedSentence(ranked.get(0).sentence(), 9.0, 0.75, ranking);
        QuestionAnalysis question =
                new QuestionAnalysis("Which team won the 2022 Stanley Cup?", AnswerType.ORGANIZATION, "team", FOCUS);

        // when
        ConfidenceFeatures features = ConfidenceFeatures.of(question, List.of(top, ranked.get(1)), List.of());
        ConfidenceFeatures unfound = ConfidenceFeatures.of(question, ranked, List.of());

        // then
        assertThat(features.topTextRank()).isEqualTo(0.75);
        assertThat(features.topArticleSimilarity()).isEqualTo(0.62);
        assertThat(unfound.topTextRank()).isZero();
    }

    @Test
    void should_place_the_evidence_in_its_recent_window_and_tell_how_old_the_newest_story_is() {
        // given: every sentence's article came out on 2022-06-27
        QuestionAnalysis question =
                new QuestionAnalysis("Which team won the Stanley Cup?", AnswerType.ORGANIZATION, "team", FOCUS);
        Recency yearLater = new Recency(LocalDate.of(2023, 6, 27), 7);

        // when
        ConfidenceFeatures thatWeek =
                ConfidenceFeatures.of(question, ranked, List.of(), new Recency(LocalDate.of(2022, 7, 4), 7));
        ConfidenceFeatures dayBefore =
                ConfidenceFeatures.of(question, ranked, List.of(), new Recency(LocalDate.of(2022, 6, 26), 7));
        ConfidenceFeatures weekLater =
                ConfidenceFeatures.of(question, ranked, List.of(), new Recency(LocalDate.of(2022, 7, 5), 7));
        ConfidenceFeatures anchored =
                ConfidenceFeatures.of(question, ranked, List.of(), yearLater.anchoredAt(LocalDate.of(2022, 6, 27)));
        ConfidenceFeatures unknown = ConfidenceFeatures.of(question, ranked, List.of());

        // then: recent means published from seven days before the anchor to the day after
        assertThat(thatWeek.recentTop()).isEqualTo(1.0);
        assertThat(thatWeek.recentShare()).isEqualTo(1.0);
        assertThat(thatWeek.dateGap()).isCloseTo(Math.log1p(7), within(1e-9));
        assertThat(thatWeek.age()).isZero();
        assertThat(dayBefore.recentTop()).isEqualTo(1.0);
        assertThat(weekLater.recentTop()).isZero();
        assertThat(weekLater.recentShare()).isZero();
        assertThat(weekLater.dateGap()).isCloseTo(Math.log1p(8), within(1e-9));
        // a year later, anchored on the newest story on the subject: recent as it was, and a year old
        assertThat(anchored.recentTop()).isEqualTo(1.0);
        assertThat(anchored.dateGap()).isZero();
        assertThat(anchored.age()).isCloseTo(Math.log1p(365), within(1e-9));
        assertThat(unknown.values()).hasSize(ConfidenceFeatures.NAMES.size()).endsWith(0.0, 0.0, 0.0, 0.0);
    }

    private static RankedSentence sentence(UUID article, int ordinal, String text, String title) {
        SentenceInContext s = new SentenceInContext(
                ordinal,
                article,
                ordinal,
                100 * ordinal,
                100 * ordinal + text.length(),
                text,
                title,
                "example.com",
                null,
                LocalDate.of(2022, 6, 27),
                "",
                "",
                "",
                0.5,
                0.5);
        return new RankedSentence(s, 10.0 - ordinal, 0.5, new double[16]);
    }
}
