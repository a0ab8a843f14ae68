package io.newsdesk.tools;

/**
 * Learns the sentence ranker's weights ({@code newsdesk.retrieval.ranker.weights}) from a running
 * service whose archive holds the development articles: every question's candidate sentences and
 * their features come from {@code POST /api/v1/ask/candidates}, a candidate is right when it holds
 * a gold answer. Prints 5-fold cross-validated hit@1/3/5 and the weights fitted on all questions.
 * Usage: RankerTraining BASE_URL[,BASE_URL...] QUESTIONS_JSONL [--linear] (several services: archives of different
 * sizes, one fit for all)
 * (quadratic weights by default, the shipped form, see LearnedScore; --linear fits one weight per feature)
 */
public final class RankerTraining {

    private RankerTraining() {}

    public static void main(String[] args) {
        ListwiseRanker.trainFromService(
                args,
                NewsdeskClient::candidates,
                (candidate, golds) ->
                        AnswerMetrics.contains(candidate.path("text").asText(), golds) ? 1 : 0,
                1,
                ListwiseRanker.Form.QUADRATIC,
                "ranker");
    }
}
