package io.newsdesk.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A quick answer-quality check for tuning (not a test): asks every question of QUESTIONS_JSONL of a
 * running service whose archive is already loaded, with abstention off, and prints hit@1, hit@3 and
 * mean F1 in each {@link Outcome.Condition} (a question with a {@code question_date} is asked as of that
 * day and a year after it; one without, today), each line followed by its table of {@link ErrorCauses}.
 * Usage: QuickEvaluation BASE_URL QUESTIONS_JSONL
 */
public final class QuickEvaluation {

    private QuickEvaluation() {}

    public static void main(String[] args) {
        NewsdeskClient client = new NewsdeskClient(args[0]);
        List<JsonNode> questions = EvalData.readJsonLines(Path.of(args[1]));
        for (Outcome.Condition condition : Outcome.Condition.values()) {
            Measured measured = measure(client, questions, condition);
            System.out.println(condition.label + ": " + measured.line());
            System.out.print(ErrorCauses.table(measured.causes()));
        }
    }

    /** One pass over the questions: the summary line and each answer's {@link ErrorCauses.Cause}. */
    private record Measured(String line, List<ErrorCauses.Cause> causes) {}

    private static Measured measure(NewsdeskClient client, List<JsonNode> questions, Outcome.Condition condition) {
        List<ErrorCauses.Cause> causes = new ArrayList<>();
        int hit1 = 0;
        int hit3 = 0;
        double f1 = 0;
        for (JsonNode question : questions) {
            List<String> golds = EvalData.answers(question);
            ObjectNode request = EvalData.JSON
                    .createObjectNode()
                    .put("question", question.path("question").asText())
                    .put("max_citations", 3)
                    .put("min_confidence", 0.0)
                    .put("min_evidence", 0.0);
            condition.asOf(question).ifPresent(day -> request.put("as_of", day));
            JsonNode answer = client.ask(request);
            JsonNode citations = answer.path("citations");
            boolean first = citations.size() > 0
                    && AnswerMetrics.contains(citations.get(0).path("text").asText(), golds);
            boolean any = false;
            for (JsonNode citation : citations) {
                any |= AnswerMetrics.contains(citation.path("text").asText(), golds);
            }
            hit1 += first ? 1 : 0;
            hit3 += any ? 1 : 0;
            f1 += AnswerMetrics.f1(answer.path("answer").asText(), golds);
            causes.add(ErrorCauses.of(answer, golds));
        }
        String line = String.format(
                "hit@1 %.1f%% hit@3 %.1f%% F1 %.3f",
                100.0 * hit1 / questions.size(), 100.0 * hit3 / questions.size(), f1 / questions.size());
        return new Measured(line, causes);
    }
}
