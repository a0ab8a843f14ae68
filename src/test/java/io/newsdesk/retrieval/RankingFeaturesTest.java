package io.newsdesk.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsdesk.retrieval.RankingFeatures.SearchRanks;
import io.newsdesk.store.SentenceInContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RankingFeaturesTest {

    private static final int QUESTION = RankingFeatures.NAMES.indexOf("question");
    private static final int FRAGMENT = RankingFeatures.NAMES.indexOf("fragment");

    @Test
    void quizQuestionsAndOptionsAreMarkedSoTheRankerCanPushThemDown() {
        List<double[]> features = features(
                "Thousands of users were unable to access which social media platform this week?",
                "A. Facebook",
                "He asked: “Who will pay for it?”",
                "Users around the world struggled to access Twitter on Wednesday.");

        assertEquals(List.of(1.0, 0.0, 1.0, 0.0), column(features, QUESTION));
        assertEquals(List.of(0.0, 1.0, 0.0, 0.0), column(features, FRAGMENT));
    }

    @Test
    void aSimilarityThatIsNoNumberCountsAsNoneSoTheSentenceCanStillBeRanked() {
        List<double[]> features = features(Double.NaN, "Users around the world struggled to access Twitter.");

        assertEquals(0.0, features.get(0)[RankingFeatures.NAMES.indexOf("similarity")]);
        assertEquals(true, java.util.Arrays.stream(features.get(0)).allMatch(Double::isFinite));
    }

    private static List<double[]> features(String... texts) {
        return features(0.5, texts);
    }

    private static List<double[]> features(double similarity, String... texts) {
        List<SentenceInContext> sentences = new ArrayList<>();
        Map<Long, SearchRanks> ranks = new HashMap<>();
        UUID article = UUID.randomUUID();
        for (int i = 0; i < texts.length; i++) {
            sentences.add(new SentenceInContext(
                    i,
                    article,
                    i,
                    0,
                    texts[i].length(),
                    texts[i],
                    "Title",
                    "example.com",
                    null,
                    LocalDate.of(2023, 1, 1),
                    "",
                    "",
                    "",
                    similarity,
                    similarity));
            ranks.put((long) i, new SearchRanks(i, -1, -1));
        }
        return RankingFeatures.of(sentences, ranks, Set.of("access", "platform"), AnswerShape.NAME);
    }

    private static List<Double> column(List<double[]> features, int index) {
        return features.stream().map(f -> f[index]).toList();
    }
}
