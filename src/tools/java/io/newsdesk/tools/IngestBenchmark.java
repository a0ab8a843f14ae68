package io.newsdesk.tools;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Ingestion benchmark (not a test): ingests an articles.jsonl into an empty database through the
 * running service and prints articles/s, sentences/s and the service's peak RSS.
 * Usage: IngestBenchmark BASE_URL ARTICLES_JSONL SERVICE_PID
 */
public final class IngestBenchmark {

    private IngestBenchmark() {}

    public static void main(String[] args) throws Exception {
        NewsdeskClient client = new NewsdeskClient(args[0]);
        Ingestion.Result result = Ingestion.run(client, EvalData.readJsonLines(Path.of(args[1])));
        System.out.printf(
                "articles: %d, sentences: %d, seconds: %.1f%n",
                result.articles(), result.sentences(), result.seconds());
        System.out.printf(
                "articles/s: %.1f, sentences/s: %.1f%n",
                result.articles() / result.seconds(), result.sentences() / result.seconds());
        System.out.printf("service peak RSS: %s%n", peakRss(args.length > 2 ? args[2] : null));
    }

    static String peakRss(String pid) throws java.io.IOException {
        if (pid == null) {
            return "unknown (no pid given)";
        }
        for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
            if (line.startsWith("VmHWM:")) {
                long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                return (kb / 1024) + " MiB";
            }
        }
        return "unknown";
    }
}
