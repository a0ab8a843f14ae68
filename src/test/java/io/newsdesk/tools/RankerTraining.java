package io.newsdesk.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.tools.ListwiseRanker.Group;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Learns the sentence ranker's weights ({@code newsdesk.retrieval.ranker.weights}) from a running
 * service whose archive holds the development articles: every question's candidate sentences and
 * their features come from {@code POST /api/v1/ask/candidates}, a candidate is right when it holds
 * a gold answer. Prints 5-fold cross-validated hit@1/3/5 (folds by question) and the weights fitted
 * on all questions. Usage: RankerTraining BASE_URL QUESTIONS_JSONL
 */
public final class RankerTraining {

    private static final int FOLDS = 5;

    private RankerTraining() {
    }

    public static void main(String[] args) {
        NewsdeskClient client = new NewsdeskClient(args[0]);
        List<JsonNode> questions = EvalData.readJsonLines(Path.of(args[1]));
        List<Group> groups = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (JsonNode question : questions) {
            List<String> golds = new ArrayList<>();
            question.path("answers").forEach(answer -> golds.add(answer.asText()));
            ObjectNode request = EvalData.JSON.createObjectNode().put("question", question.path("question").asText());
            JsonNode found = client.candidates(request);
            if (names.isEmpty()) {
                found.path("feature_names").forEach(name -> names.add(name.asText()));
            }
            JsonNode candidates = found.path("candidates");
            double[][] features = new double[candidates.size()][];
            boolean[] right = new boolean[candidates.size()];
            for (int i = 0; i < candidates.size(); i++) {
                JsonNode values = candidates.get(i).path("features");
                features[i] = new double[values.size()];
                for (int j = 0; j < values.size(); j++) {
                    features[i][j] = values.get(j).asDouble();
                }
                right[i] = AnswerMetrics.contains(candidates.get(i).path("text").asText(), golds);
            }
            groups.add(new Group(features, right));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(7));
        int[] hits = new int[3];
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Group> train = new ArrayList<>();
            List<Group> test = new ArrayList<>();
            for (int k = 0; k < order.size(); k++) {
                (k % FOLDS == fold ? test : train).add(groups.get(order.get(k)));
            }
            double[] w = ListwiseRanker.fit(train, names.size());
            for (Group group : test) {
                hits[0] += group.hitAt(w, 1) ? 1 : 0;
                hits[1] += group.hitAt(w, 3) ? 1 : 0;
                hits[2] += group.hitAt(w, 5) ? 1 : 0;
            }
        }
        long reachable = groups.stream().filter(Group::hasRight).count();
        System.out.printf(Locale.ROOT, "questions %d, a right sentence among the candidates: %.1f%%%n", groups.size(),
                100.0 * reachable / groups.size());
        System.out.printf(Locale.ROOT, "cross-validated ranking (%d folds): hit@1 %.1f%% hit@3 %.1f%% hit@5 %.1f%%%n",
                FOLDS, 100.0 * hits[0] / groups.size(), 100.0 * hits[1] / groups.size(), 100.0 * hits[2] / groups.size());
        double[] w = ListwiseRanker.fit(groups, names.size());
        for (int j = 0; j < names.size(); j++) {
            System.out.printf(Locale.ROOT, "  %-22s %8.4f%n", names.get(j), w[j]);
        }
        System.out.println("newsdesk.retrieval.ranker.weights=" + java.util.Arrays.stream(w)
                .mapToObj(x -> String.format(Locale.ROOT, "%.4f", x)).collect(Collectors.joining(",")));
    }
}
