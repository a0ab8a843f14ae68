package io.newsdesk.tools;

/**
 * Learns the reader's candidate weights ({@code newsdesk.answer.reader.weights}) from a running
 * service whose archive holds the development articles (run it after the ranker's weights are in
 * place): every question's candidate answers and their features come from
 * {@code POST /api/v1/ask/readings}; a candidate is right when its token F1 against a gold answer
 * is at least 0.5. Prints 5-fold cross-validated figures (the value is the top candidate's F1) and
 * the weights fitted on all questions. Usage: ReaderTraining BASE_URL QUESTIONS_JSONL [--quadratic]
 * (linear weights by default, the shipped form; --quadratic adds one per pair of features, see
 * LearnedScore: it fitted better but failed PromptInjectionTest, docs/experiments.md)
 */
public final class ReaderTraining {

    private static final double RIGHT_F1 = 0.5;

    private ReaderTraining() {}

    public static void main(String[] args) {
        ListwiseRanker.trainFromService(
                args,
                NewsdeskClient::readings,
                (candidate, golds) -> AnswerMetrics.f1(candidate.path("text").asText(), golds),
                RIGHT_F1,
                ListwiseRanker.Form.LINEAR,
                "reader");
    }
}
