package io.newsdesk.answer.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsdesk.answer.question.AnswerType;
import io.newsdesk.answer.reader.AnswerCandidate;
import io.newsdesk.retrieval.RankedSentence;
import io.newsdesk.store.SentenceInContext;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CitationBuilderTest {

    private static final UUID ARTICLE = UUID.randomUUID();

    private final List<RankedSentence> ranked = List.of(
            sentence(0, "The final was played in Denver on Monday night.", 12.0),
            sentence(1, "The Colorado Avalanche won the Stanley Cup.", 11.0),
            sentence(2, "Fans filled the streets after the final.", 10.5),
            sentence(3, "The Tampa Bay Lightning had won the two Cups before.", 9.0));

    private final List<AnswerCandidate> candidates = List.of(
            new AnswerCandidate("Colorado Avalanche", 1, 4, 22, 9.0, AnswerType.ORGANIZATION),
            new AnswerCandidate("Tampa Bay Lightning", 3, 4, 23, 8.0, AnswerType.ORGANIZATION),
            new AnswerCandidate("Denver", 0, 24, 30, 1.0, AnswerType.LOCATION));

    @Test
    void answerSentenceComesFirstThenTheBestRankedThenSentencesHoldingStrongAlternatives() {
        List<Citation> citations = new CitationBuilder(new RelativeDateResolver(), 0.5).cite(ranked, candidates, 3);

        assertEquals(
                List.of(1, 0, 3),
                citations.stream().map(Citation::sentenceIndex).toList());
        assertEquals(4, citations.get(0).answerStart());
        assertEquals(22, citations.get(0).answerEnd());
        assertEquals(List.of(1, 2, 3), citations.stream().map(Citation::n).toList());
    }

    @Test
    void withoutSupportWeightTheRestKeepTheRankingOrder() {
        List<Citation> citations = new CitationBuilder(new RelativeDateResolver(), 0).cite(ranked, candidates, 3);

        assertEquals(
                List.of(1, 0, 2),
                citations.stream().map(Citation::sentenceIndex).toList());
    }

    @Test
    void sentencesThatAlsoHoldTheAnswerComeAfterTheBestRankedAndBeforeAlternatives() {
        List<RankedSentence> withRepeat = List.of(
                ranked.get(0),
                ranked.get(1),
                ranked.get(2),
                ranked.get(3),
                sentence(4, "It is the Colorado Avalanche's third title.", 5.0));

        List<Citation> citations = new CitationBuilder(new RelativeDateResolver(), 0.5).cite(withRepeat, candidates, 3);

        assertEquals(
                List.of(1, 0, 4),
                citations.stream().map(Citation::sentenceIndex).toList());
    }

    private static RankedSentence sentence(int ordinal, String text, double score) {
        SentenceInContext s = new SentenceInContext(
                ordinal,
                ARTICLE,
                ordinal,
                100 * ordinal,
                100 * ordinal + text.length(),
                text,
                "Avalanche win the Cup",
                "example.com",
                null,
                LocalDate.of(2022, 6, 27),
                "",
                "",
                "",
                0.5,
                0.5);
        return new RankedSentence(s, score, 0.5, new double[0]);
    }
}
