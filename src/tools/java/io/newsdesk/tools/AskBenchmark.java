package io.newsdesk.tools;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Question benchmark (not a test): asks the questions of QUESTIONS_JSONL against a running service
 * at each concurrency, for SECONDS each (default 20), and prints throughput and latency percentiles.
 * Usage: AskBenchmark BASE_URL QUESTIONS_JSONL [SECONDS] [CONCURRENCY ...]
 */
public final class AskBenchmark {

    private AskBenchmark() {}

    public static void main(String[] args) throws Exception {
        NewsdeskClient client = new NewsdeskClient(args[0]);
        List<String> questions = AskLoad.questions(Path.of(args[1]));
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        List<Integer> levels = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            levels.add(Integer.parseInt(args[i]));
        }
        if (levels.isEmpty()) {
            levels = List.of(1, 8, 32);
        }
        AskLoad.prime(client, questions);
        System.out.print(AskLoad.Result.tableHead("concurrency"));
        for (int level : levels) {
            AskLoad.Result result = AskLoad.drive(client, questions, level, Duration.ZERO, Duration.ofSeconds(seconds));
            System.out.print(result.row(Integer.toString(level)));
        }
    }
}
